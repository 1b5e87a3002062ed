using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Caching;
using NewsPortal.Web.Sections;

namespace NewsPortal.Web.Pages.Sections;

[OutputCache(PolicyName = ReaderCache.ListPolicy)]
[OneStoreConnection]
public sealed class ShowModel(SectionQueries sections, ArticleQueries articles) : PageModel
{
    [FromQuery(Name = "before")]
    public string? Before { get; set; }

    [FromQuery(Name = "after")]
    public string? After { get; set; }

    public SectionLink Section { get; private set; } = null!;
    public ListPage<StoryLink> Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!ReaderErrors.TryReadPosition<StoryCursor>(Before, After, StoryCursor.TryParse, out var position, out var error))
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, error);
        }

        var section = await sections.FindAsync(slug, cancellationToken);
        if (section is null)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, "There is no such section.");
        }

        if (slug != section.Slug)
        {
            return RedirectPermanent(Urls.Section(section.Name) + Request.QueryString);
        }

        Stories = await articles.GetSectionPageAsync(section.Names, position, cancellationToken);
        if (ListTop.ReachedGoingNewer(Stories, position))
        {
            return Redirect(Urls.Section(section.Name));
        }

        if (Stories.Items.Count == 0 && !position.IsTop)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, ReaderErrors.NothingPastThisPoint);
        }

        Section = section;
        return Page();
    }
}
