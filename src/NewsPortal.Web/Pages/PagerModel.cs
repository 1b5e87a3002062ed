using System.Globalization;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Pages;

/// <summary>Links between the pages of a list; page 1 is the list's own address, without ?page.</summary>
public sealed record PagerModel(int PageNumber, int TotalPages, string Path, string PreviousLabel = "Newer", string NextLabel = "Older")
{
    public static PagerModel For<T>(Paged<T> page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PagerModel(page.PageNumber, page.TotalPages, path);
    }

    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < TotalPages;

    public string Href(int pageNumber) =>
        pageNumber <= 1 ? Path
        : $"{Path}{(Path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={pageNumber.ToString(CultureInfo.InvariantCulture)}";
}
