using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Caching;
using NewsPortal.Web.Search;
using NewsPortal.Web.Security;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Pages;

[EnableRateLimiting(RateLimits.Search)]
[OutputCache(PolicyName = ReaderCache.SearchPolicy)]
[OneStoreConnection]
public sealed class SearchModel(IStorySearch search, TagQueries tags) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "before")]
    public string? Before { get; set; }

    [FromQuery(Name = "after")]
    public string? After { get; set; }

    /// <summary>How many tags named by the query are shown above its results.</summary>
    public const int TopicCount = 5;

    public SearchResults? Results { get; private set; }

    /// <summary>The tags whose name the reader typed, shown above the first page of results.</summary>
    public IReadOnlyList<TagLink> Topics { get; private set; } = [];

    public string SearchPath => $"/search?q={Uri.EscapeDataString(Query ?? "")}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // The query is shown back (box, count, title, links): a control character there is a character reference HTML
        // forbids, and a bidi override turns the rest of the line around. The search reads its words the same way.
        Query = TextInput.Line(Query);
        if (!ReaderErrors.TryReadPosition<SearchCursor>(Before, After, SearchCursor.TryParse, out var position, out var error))
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

        Results = await search.SearchAsync(Query, position, cancellationToken);
        if (Results.Hits is { } hits && ListTop.ReachedGoingNewer(hits, position))
        {
            return Redirect(SearchPath);
        }

        if (position.IsTop)
        {
            Topics = await tags.NamedInAsync(Query, TopicCount, cancellationToken);
        }

        if (Results.Hits is { Items.Count: 0 } && !position.IsTop)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, "There are no more results for this search.");
        }

        return Page();
    }
}
