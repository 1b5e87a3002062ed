using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Caching;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Pages.Articles;

[OutputCache(PolicyName = ReaderCache.Policy)]
[OneStoreConnection]
public sealed class ShowModel(ArticleQueries articles, IOptions<NewsroomOptions> newsroom, SiteAddress site) : PageModel
{
    public ArticlePage Story { get; private set; } = null!;
    public ArticleMetadata Metadata { get; private set; } = null!;

    public string? AdSlotHtml => newsroom.Value.AdSlotHtml;

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        var story = await articles.GetArticlePageAsync(id, cancellationToken);
        if (story is null)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, "There is no story at this address. It may have been moved or taken down.");
        }

        // One address per story: /articles/{id}, old or mistyped slugs and other spellings of the number (01, +1)
        // move permanently to it.
        if (slug != story.Article.Slug || RouteData.Values["id"] as string != story.Article.Id.ToString(CultureInfo.InvariantCulture))
        {
            // The query goes along: campaign tags (utm_…) must survive the move.
            return RedirectPermanent(Urls.Article(story.Article.Id, story.Article.Slug) + Request.QueryString);
        }

        Story = story;
        var imageUrl = story.Article.Photo.ImageUrl is { } image ? site.Whole(Request, image) : null;
        Metadata = new ArticleMetadata(story.Article, site.Absolute(Request, Urls.Article(story.Article.Id, story.Article.Slug)),
            imageUrl, newsroom.Value.SiteName, site.Absolute(Request, "/"));
        return Page();
    }
}
