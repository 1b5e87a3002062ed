using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Sections;

namespace NewsPortal.Web.Pages.Sections;

public sealed class ShowModel(SectionQueries sections, ArticleQueries articles) : PageModel
{
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public SectionLink Section { get; private set; } = null!;
    public Paged<StoryLink> Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!ReaderErrors.TryReadPageNumber(ModelState, PageNumber, out var page, out var error))
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

        var stories = await articles.GetSectionPageAsync(section.Name, page, cancellationToken);
        if (stories is null)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, ReaderErrors.PastTheEnd(page));
        }

        (Section, Stories) = (section, stories);
        return Page();
    }
}
