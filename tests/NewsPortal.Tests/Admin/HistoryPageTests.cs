using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>A story's History as an editor reads it: what it says before anything was saved, how it names statuses, and who is offered Restore.</summary>
public class HistoryPageTests
{
    [Fact]
    public async Task TheHistoryOfAStoryNeverSavedInTheNewsroomSaysSoInsteadOfOfferingEmptyChoices()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = await app.AddStoryAsync("Wire story about the harbour", NewsPortalFactory.SeedEvening);

        var history = await editor.GetPageAsync($"/admin/stories/{story.Id}/history");

        Assert.Equal("No revisions yet: the story is as it came in, and nobody has saved it in the newsroom since. Each save from now on is kept here.",
            history.Text("main .help"));
        Assert.Null(history.QuerySelector("main select"));
        Assert.Null(history.QuerySelector("main table"));
    }

    [Fact]
    public async Task TheHistoryNamesAStorySentForReviewAsTheStoryListDoes()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        using var sent = await author.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour cranes return"), "Submit");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var history = await author.GetPageAsync(sent.Headers.Location!.OriginalString.Replace("/edit", "/history", StringComparison.Ordinal));

        Assert.Equal(["In review"], history.Texts("table tbody tr td:nth-child(5)"));
    }

    [Fact]
    public async Task AnAuthorReadsTheHistoryOfTheirPublishedStoryWithoutRestoreButtonsTheyMayNotUse()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        using var saved = await author.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour cranes return"), "Save");
        var editUrl = saved.Headers.Location!.OriginalString;
        var historyUrl = editUrl.Replace("/edit", "/history", StringComparison.Ordinal);
        using (await author.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "A second draft." }, "Save"))
        {
        }

        Assert.Single((await author.GetPageAsync(historyUrl)).QuerySelectorAll("form[action*='handler=Restore']"));
        var editor = await app.SignedInAsync(Roles.Editor);
        using var published = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var history = await author.GetPageAsync(historyUrl);

        Assert.Equal(3, history.QuerySelectorAll("table tbody tr").Length);
        Assert.Empty(history.QuerySelectorAll("form[action*='handler=Restore']"));
        Assert.NotEmpty((await editor.GetPageAsync(historyUrl)).QuerySelectorAll("form[action*='handler=Restore']"));
    }
}
