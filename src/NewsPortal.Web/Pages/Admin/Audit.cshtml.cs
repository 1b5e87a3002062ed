using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Audit;

namespace NewsPortal.Web.Pages.Admin;

public sealed class AuditModel(AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int CurrentPage { get; private set; }
    public int TotalPages { get; private set; }
    public PagerModel Pager => new(CurrentPage, TotalPages, "/admin/audit");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReaderErrors.TryReadPageNumber(PageNumber, out var page, out var error))
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, error);
        }

        var (entries, total) = await audit.PageAsync(page, PageSize, cancellationToken);
        TotalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page > TotalPages)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, ReaderErrors.PastTheEnd(page));
        }

        (Entries, CurrentPage) = (entries, page);
        return Page();
    }
}
