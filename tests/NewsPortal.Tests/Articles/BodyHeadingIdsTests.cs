using System.Net;
using AngleSharp.Dom;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Articles;

/// <summary>
/// A body's headings get ids from their words, for readers' links to a section, and the pages that show a body have
/// ids of their own (the skip link's target, the headings naming the asides): however a heading is worded, no id is
/// on the page twice, and a link to a heading's plain id still reaches that heading.
/// </summary>
public class BodyHeadingIdsTests
{
    // The page's ids as they were once written, in the words an editor would give a section.
    private static readonly string[] SectionsNamedLikeThePage = ["Latest heading", "Content", "Preview", "Hot news heading"];

    [Fact]
    public async Task HeadingsCopyingTheStoryPagesOwnIdsLeaveEveryIdOnThePageUnique()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        var plain = await app.AddStoryAsync("Harbour reopens", NewsPortalFactory.SeedEvening.AddMinutes(-20), ["umerov"]);
        var pageIds = Ids(await reader.GetPageAsync(Urls.Article(plain.Id, plain.Slug)));
        Assert.Contains(pageIds, id => id.Contains("atest", StringComparison.OrdinalIgnoreCase));

        var copying = await app.AddStoryAsync("Harbour reopens again", NewsPortalFactory.SeedEvening.AddMinutes(-10), ["umerov"],
            body: HeadingsNamed([.. pageIds, .. SectionsNamedLikeThePage]));
        var page = await reader.GetPageAsync(Urls.Article(copying.Id, copying.Slug));

        Assert.Equal(pageIds.Count + SectionsNamedLikeThePage.Length, page.QuerySelectorAll(".story__body h2[id]").Length);
        AssertEveryIdUnique(page);
        Assert.Equal("latest-heading", page.QuerySelectorAll(".story__body h2").Single(h => h.Text() == "Latest heading").Id);
        var latestName = page.QuerySelector("section.related--latest")!.GetAttribute("aria-labelledby")!;
        Assert.Equal("LATEST", page.GetElementById(latestName)!.Text());
    }

    [Fact]
    public async Task HeadingsCopyingTheEditorsOwnIdsLeaveEveryIdOnThePreviewUnique()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        using var plain = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour reopens"), "Preview");
        var pageIds = Ids(await plain.ParseAsync());
        Assert.Contains(pageIds, id => id.Contains("review", StringComparison.OrdinalIgnoreCase));

        var copying = Stories.NewStoryForm("Harbour reopens");
        copying["Draft.Body"] = HeadingsNamed([.. pageIds, .. SectionsNamedLikeThePage]);
        using var preview = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", copying, "Preview");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await preview.ParseAsync();
        Assert.Equal(pageIds.Count + SectionsNamedLikeThePage.Length, page.QuerySelectorAll(".preview .story__body h4[id]").Length);
        AssertEveryIdUnique(page);
    }

    private static List<string> Ids(IDocument page) =>
        [.. page.QuerySelectorAll("[id]").Select(element => element.Id!)];

    private static string HeadingsNamed(IEnumerable<string> names) =>
        string.Concat(names.Select(name => $"## {name}\n\nA paragraph under it.\n\n"));

    private static void AssertEveryIdUnique(IDocument page)
    {
        var repeated = Ids(page).GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        Assert.True(repeated.Count == 0, "ids on the page more than once: " + string.Join(", ", repeated));
    }
}
