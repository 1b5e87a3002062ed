using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Caching;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Pages.Tags;

[OutputCache(PolicyName = ReaderCache.ListPolicy)]
[OneStoreConnection]
public sealed class ShowModel(TagQueries tags, ArticleQueries articles, IOptions<NewsroomOptions> newsroom) : PageModel
{
    [FromQuery(Name = "before")]
    public string? Before { get; set; }

    [FromQuery(Name = "after")]
    public string? After { get; set; }

    public TagLink Tag { get; private set; } = null!;
    public ListPage<StoryLink> Stories { get; private set; } = null!;
    public CountedStories StoryCount { get; private set; }

    // A blank slug segment (/tags/%20) binds as null.
    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!ReaderErrors.TryReadPosition<StoryCursor>(Before, After, StoryCursor.TryParse, out var position, out var error))
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, error);
        }

        var tag = slug is null ? null : await tags.FindAsync(slug, cancellationToken);
        if (tag is null)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, "There is no such tag.");
        }

        if (slug != tag.Slug)
        {
            return RedirectPermanent(Urls.Tag(tag.Slug) + Request.QueryString);
        }

        Stories = await articles.GetTagPageAsync(tag.Id, position, cancellationToken);
        if (ListTop.ReachedGoingNewer(Stories, position))
        {
            return Redirect(Urls.Tag(tag.Slug));
        }

        if (Stories.Items.Count == 0 && !position.IsTop)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, ReaderErrors.NothingPastThisPoint);
        }

        var counted = await articles.CountTaggedAsync(tag.Id, cancellationToken);
        (Tag, StoryCount) = (tag, CountedStories.Of(counted, newsroom.Value.CountLimit));
        return Page();
    }
}
