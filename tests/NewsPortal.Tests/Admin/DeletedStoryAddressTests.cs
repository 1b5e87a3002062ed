using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// Opening a deleted story in the newsroom (the back button after Delete, a link a colleague sent) says who deleted it
/// and when, rather than the site's bare "not found".
/// </summary>
public class DeletedStoryAddressTests
{
    [Fact]
    public async Task OpeningADeletedStorySaysWhoDeletedItAndWhen()
    {
        using var app = new NewsPortalFactory();
        var writer = await app.SignedInAsync(Roles.Editor);
        var chief = await app.SignedInAsync(Roles.Editor, "chief@newsroom.example");
        using var created = await writer.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour story"), "Save");
        var editUrl = created.Headers.Location!.OriginalString;
        using var deleted = await chief.SubmitFormAsync(editUrl, ".danger-zone form", Stories.DeleteConfirmed);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        using var response = await writer.GetAsync(new Uri(editUrl, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("This story is no longer in the newsroom", page.Text("h1"));
        Assert.Equal("Deleted by chief@newsroom.example at 20:00 07.03.2025.", page.Text(".refusal__who"));
        Assert.Empty(page.QuerySelectorAll(".refusal__kept textarea"));
    }

    [Fact]
    public async Task AStoryNumberThatNeverWasIsNotFound()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        using var response = await editor.GetAsync(new Uri("/admin/stories/987654/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
