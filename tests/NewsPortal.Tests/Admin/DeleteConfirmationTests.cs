using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// Deleting a story takes it and its history for good, so the box saying the editor understands that is checked by
/// the server too: a browser that skips its own checks must not delete a story with one stray click.
/// </summary>
public class DeleteConfirmationTests
{
    [Fact]
    public async Task DeleteWithoutTheBoxTickedKeepsTheStoryAndSaysWhatToTick()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        using var created = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour ferry timetable"), "Save");
        var editUrl = created.Headers.Location!.OriginalString;

        using var response = await editor.SubmitFormAsync(editUrl, ".danger-zone form", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("The story was not deleted: tick \"I understand the story and its history will be gone for good\", then press Delete the story.",
            page.Text(".form-errors li"));
        Assert.Equal("true", page.QuerySelector("#ConfirmDelete")?.GetAttribute("aria-invalid"));
        Assert.Equal("Harbour ferry timetable", page.QuerySelector("#Draft_Headline")?.GetAttribute("value"));
        Assert.True(await app.WithStoreAsync(db => db.Articles.AnyAsync(a => a.Headline == "Harbour ferry timetable")));
    }

    [Fact]
    public async Task DeleteWithTheBoxTickedDeletesTheStory()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        using var created = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour ferry duplicate"), "Save");

        using var response = await editor.SubmitFormAsync(created.Headers.Location!.OriginalString, ".danger-zone form", Stories.DeleteConfirmed);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithStoreAsync(db => db.Articles.AnyAsync(a => a.Headline == "Harbour ferry duplicate")));
    }
}
