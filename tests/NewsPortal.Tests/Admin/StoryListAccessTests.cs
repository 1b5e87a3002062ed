using System.Net;
using AngleSharp.Dom;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>The story list links only the stories its reader may open; the others keep their headline and say why.</summary>
public class StoryListAccessTests
{
    private static async Task<string> SaveDraftAsync(HttpClient writer, string headline, string handler = "Save")
    {
        using var response = await writer.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm(headline), handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task AnAuthorSeesLinksOnlyToTheDraftsTheyMayOpen()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        var colleague = await app.SignedInAsync(Roles.Author);
        var editor = await app.SignedInAsync(Roles.Editor);
        var ownDraft = await SaveDraftAsync(author, "My draft on the port");
        var ownPublished = await SaveDraftAsync(author, "My story the desk published", "Submit");
        using var published = await editor.SubmitFormAsync(ownPublished, "form.editor__form", [], "Publish");
        var colleaguesDraft = await SaveDraftAsync(colleague, "A colleague's draft on the port");

        var list = await author.GetPageAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal([ownDraft], list.QuerySelectorAll("tbody a").Select(link => link.GetAttribute("href")));
        var rows = list.QuerySelectorAll("tbody tr td:first-child").ToDictionary(
            cell => HtmlPages.Normalize(string.Concat(cell.ChildNodes.Where(node => node is not IElement { ClassName: "admin-table__note" }).Select(node => node.TextContent))),
            cell => cell.QuerySelector(".admin-table__note")?.Text());
        Assert.Null(rows["My draft on the port"]);
        Assert.Equal("Someone else's story: only its author and editors open it.", rows["A colleague's draft on the port"]);
        Assert.Equal("In the editors' hands since it was published: ask one for changes.", rows["My story the desk published"]);
        Assert.Equal("A wire story: only editors open it.", rows["Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products"]);
        foreach (var url in new[] { colleaguesDraft, ownPublished })
        {
            using var refused = await author.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
    }

    [Fact]
    public async Task AnEditorSeesEveryHeadlineAsALink()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        await SaveDraftAsync(author, "An author's draft on the port");
        var editor = await app.SignedInAsync(Roles.Editor);

        var list = await editor.GetPageAsync("/admin");

        Assert.Equal(list.QuerySelectorAll("tbody tr").Length, list.QuerySelectorAll("tbody td:first-child > a").Length);
        Assert.Empty(list.QuerySelectorAll(".admin-table__note"));
        Assert.Contains("An author's draft on the port", list.Texts("tbody a"));
    }
}
