using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// The story form's title names the story, so that tabs of several stories can be told apart and a screen reader
/// announces which story opened, not just "Newsroom".
/// </summary>
public class StoryFormTitleTests
{
    [Fact]
    public async Task TheStoryFormsTitleNamesTheStory()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        var blank = await editor.GetPageAsync("/admin/stories/new");
        using var created = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour cranes stand idle"), "Save");
        var saved = await editor.GetPageAsync(created.Headers.Location!.OriginalString);

        Assert.Equal("New story — NewsPortal newsroom", blank.Title);
        Assert.Equal("Edit: Harbour cranes stand idle — NewsPortal newsroom", saved.Title);
    }
}
