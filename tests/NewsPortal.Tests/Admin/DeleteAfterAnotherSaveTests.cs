using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// An editor deletes the story they read: if a colleague saved it after the page was opened, the story is kept and
/// the page says who saved it when, showing the story as it now stands.
/// </summary>
public class DeleteAfterAnotherSaveTests
{
    [Fact]
    public async Task DeletingAStorySavedByAColleagueSinceThePageWasOpenedKeepsTheirVersion()
    {
        using var app = new NewsPortalFactory();
        var chief = await app.SignedInAsync(Roles.Editor);
        var colleague = await app.SignedInAsync(Roles.Editor, "colleague@newsroom.example");
        using var created = await chief.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Duplicate harbour draft"), "Save");
        var editUrl = created.Headers.Location!.OriginalString;
        var chiefsPage = await chief.GetPageAsync(editUrl);
        using var rewritten = await colleague.SubmitFormAsync(editUrl, "form.editor__form", new()
        {
            ["Draft.Headline"] = "Harbour cranes return after the storm",
            ["Draft.Body"] = "The colleague's rewrite, not a duplicate any more.",
        }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, rewritten.StatusCode);

        using var response = await chief.SubmitFormAsync(chiefsPage, editUrl, ".danger-zone form", Stories.DeleteConfirmed);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("The story was not deleted: colleague@newsroom.example saved it at 20:00 07.03.2025, after you opened it. It is shown below as it stands now; read it before deleting it.",
            page.Text(".form-errors li"));
        Assert.Equal("Harbour cranes return after the storm", page.QuerySelector("#Draft_Headline")?.GetAttribute("value"));
        Assert.Equal("The colleague's rewrite, not a duplicate any more.", await app.WithStoreAsync(db =>
            db.Articles.Where(a => a.Headline == "Harbour cranes return after the storm").Select(a => a.BodyMarkdown).SingleAsync()));

        using var deleted = await chief.SubmitFormAsync(page, editUrl, ".danger-zone form", Stories.DeleteConfirmed);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithStoreAsync(db => db.Articles.AnyAsync(a => a.Headline == "Harbour cranes return after the storm")));
    }
}
