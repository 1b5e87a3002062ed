using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Pages;

public sealed class LatestModel(ArticleQueries articles) : PageModel
{
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<StoryLink> Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReaderErrors.TryReadPageNumber(ModelState, PageNumber, out var page, out var error))
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, error);
        }

        var stories = await articles.GetLatestPageAsync(page, cancellationToken);
        if (stories is null)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, ReaderErrors.PastTheEnd(page));
        }

        Stories = stories;
        return Page();
    }
}
