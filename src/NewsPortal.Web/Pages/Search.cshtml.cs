using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsPortal.Web.Search;
using NewsPortal.Web.Security;

namespace NewsPortal.Web.Pages;

[EnableRateLimiting(RateLimits.Search)]
public sealed class SearchModel(IStorySearch search) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public SearchResults? Results { get; private set; }

    public string SearchPath => $"/search?q={Uri.EscapeDataString(Query ?? "")}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReaderErrors.TryReadPageNumber(ModelState, PageNumber, out var page, out var error))
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, error);
        }

        if (string.IsNullOrWhiteSpace(Query))
        {
            return Page();
        }

        if (Query.Length > FtsQuery.MaxLength)
        {
            Results = SearchResults.Refused(Query[..FtsQuery.MaxLength], $"Search for at most {FtsQuery.MaxLength:N0} characters.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Results = await search.SearchAsync(Query, page, cancellationToken);
        if (Results is null)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, ReaderErrors.PastTheEnd(page));
        }

        return Page();
    }
}
