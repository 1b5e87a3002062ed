using System.Globalization;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Pages;

/// <summary>Links between the pages of a list; page 1 is the list's own address, without ?page.</summary>
public sealed record PagerModel(Paged<StoryLink> Page, string Path)
{
    public string Href(int pageNumber) =>
        pageNumber <= 1 ? Path : $"{Path}?page={pageNumber.ToString(CultureInfo.InvariantCulture)}";
}
