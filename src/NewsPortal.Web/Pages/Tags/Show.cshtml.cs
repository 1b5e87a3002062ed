using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Pages.Tags;

public sealed class ShowModel(TagQueries tags, ArticleQueries articles) : PageModel
{
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public TagLink Tag { get; private set; } = null!;
    public Paged<StoryLink> Stories { get; private set; } = null!;

    // A blank slug segment (/tags/%20) binds as null.
    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!ReaderErrors.TryReadPageNumber(ModelState, PageNumber, out var page, out var error))
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

        var stories = await articles.GetTagPageAsync(tag.Id, page, cancellationToken);
        if (stories is null)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, ReaderErrors.PastTheEnd(page));
        }

        (Tag, Stories) = (tag, stories);
        return Page();
    }
}
