using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Caching;

namespace NewsPortal.Web.Pages;

[OutputCache(PolicyName = ReaderCache.ListPolicy)]
[OneStoreConnection]
public sealed class LatestModel(ArticleQueries articles) : PageModel
{
    [FromQuery(Name = "before")]
    public string? Before { get; set; }

    [FromQuery(Name = "after")]
    public string? After { get; set; }

    public const string ListPath = "/latest";

    public ListPage<StoryLink> Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReaderErrors.TryReadPosition<StoryCursor>(Before, After, StoryCursor.TryParse, out var position, out var error))
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, error);
        }

        Stories = await articles.GetLatestPageAsync(position, cancellationToken);
        if (ListTop.ReachedGoingNewer(Stories, position))
        {
            return Redirect(ListPath);
        }

        return Stories.Items.Count == 0 && !position.IsTop ? this.ReaderError(StatusCodes.Status404NotFound, ReaderErrors.NothingPastThisPoint) : Page();
    }
}
