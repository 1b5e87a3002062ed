using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// A form opened before someone else deleted the story, or published an author's draft, cannot be saved: the answer
/// says who did what and when, in the newsroom's layout, and shows back every field that was typed.
/// </summary>
public class RefusedSaveTests
{
    private static readonly Dictionary<string, string> Typed = new()
    {
        ["Draft.Headline"] = "Typed headline about the harbour",
        ["Draft.Section"] = "Typed section",
        ["Draft.Tags"] = "typed-tag, harbour",
        ["Draft.Body"] = "A typed paragraph.\n\nAnother typed paragraph.",
        ["Draft.PhotoCaption"] = "A typed caption",
    };

    private static void AssertTypedTextKept(AngleSharp.Dom.IDocument page)
    {
        Assert.NotNull(page.QuerySelector("body.admin"));
        foreach (var (name, text) in Typed)
        {
            Assert.Equal(text, page.QuerySelector($".refusal__kept textarea[name='{name}']")?.TextContent);
        }
    }

    [Theory]
    [InlineData("Save")]
    [InlineData("Publish")]
    [InlineData("Preview")]
    [InlineData("Submit")]
    [InlineData("Schedule")]
    public async Task SavingAStoryDeletedMeanwhileSaysWhoDeletedItAndKeepsTheText(string handler)
    {
        using var app = new NewsPortalFactory();
        var writer = await app.SignedInAsync(Roles.Editor);
        var chief = await app.SignedInAsync(Roles.Editor, "chief@newsroom.example");
        using var created = await writer.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour story"), "Save");
        var editUrl = created.Headers.Location!.OriginalString;
        var openForm = await writer.GetPageAsync(editUrl);
        using var deleted = await chief.SubmitFormAsync(editUrl, ".danger-zone form", Stories.DeleteConfirmed);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        using var response = await writer.SubmitFormAsync(openForm, editUrl, "form.editor__form", Typed, handler);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("This story is no longer in the newsroom", page.Text("h1"));
        Assert.Equal("This story is no longer in the newsroom — NewsPortal newsroom", page.Title);
        Assert.Equal("Deleted by chief@newsroom.example at 20:00 07.03.2025.", page.Text(".refusal__who"));
        AssertTypedTextKept(page);
    }

    [Fact]
    public async Task TheKeptTextOfADeletedStoryBecomesANewDraftInOneClick()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        using var created = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour story"), "Save");
        var editUrl = created.Headers.Location!.OriginalString;
        var openForm = await editor.GetPageAsync(editUrl);
        using var deleted = await editor.SubmitFormAsync(editUrl, ".danger-zone form", Stories.DeleteConfirmed);
        using var refused = await editor.SubmitFormAsync(openForm, editUrl, "form.editor__form", Typed, "Save");

        using var saved = await editor.SubmitFormAsync(await refused.ParseAsync(), editUrl, "form.refusal__kept", []);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var newUrl = saved.Headers.Location!.OriginalString;
        Assert.NotEqual(editUrl, newUrl);
        var story = await editor.GetPageAsync(newUrl);
        Assert.Equal("Draft", story.Text(".editor__status .state"));
        Assert.Equal(Typed["Draft.Headline"], story.QuerySelector("#Draft_Headline")!.GetAttribute("value"));
        Assert.Equal(Typed["Draft.Body"], story.QuerySelector("#Draft_Body")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("Save", "Authors can change only their own stories, until an editor publishes them.")]
    [InlineData("Submit", "Authors can change only their own stories, until an editor publishes them.")]
    [InlineData("Publish", "Only editors can publish, schedule or unpublish stories.")]
    public async Task AnAuthorsSaveOfADraftAnEditorPublishedMeanwhileSaysWhoPublishedItAndKeepsTheText(string handler, string reason)
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        var editor = await app.SignedInAsync(Roles.Editor, "desk@newsroom.example");
        using var created = await author.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour story"), "Save");
        var editUrl = created.Headers.Location!.OriginalString;
        var openForm = await author.GetPageAsync(editUrl);
        using var published = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        using var response = await author.SubmitFormAsync(openForm, editUrl, "form.editor__form", Typed, handler);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("Your changes were not saved", page.Text("h1"));
        Assert.Contains(reason, page.Texts(".refusal__why p"));
        Assert.Equal("Last changed by desk@newsroom.example at 20:00 07.03.2025 (published).", page.Text(".refusal__who"));
        Assert.Contains("ask an editor to make the changes", page.Text(".refusal__why"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".refusal__kept button"));
        AssertTypedTextKept(page);
        var id = editUrl.Split('/')[3];
        Assert.Equal("A paragraph about the defence minister's day.", (await app.CreateReader().GetPageAsync($"/articles/{id}/harbour-story")).Text(".story__body p"));
    }
}
