using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;

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

    [Fact]
    public async Task AScheduledStorysRevisionsReadScheduledForItsTimeUntilTheHistoryRecordsItGoingLive()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var form = Stories.NewStoryForm("Harbour ferry timetable");
        form["ScheduleAt"] = "2025-03-08T09:00";
        using var scheduled = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", form, "Schedule");
        var editUrl = scheduled.Headers.Location!.OriginalString;
        var historyUrl = editUrl.Replace("/edit", "/history", StringComparison.Ordinal);
        using (await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "The ferry leaves at ten." }, "Save"))
        {
        }

        Assert.Equal(["Scheduled for 09:00 08.03.2025", "Scheduled for 09:00 08.03.2025"],
            (await editor.GetPageAsync(historyUrl)).Texts("table tbody tr td:nth-child(5)"));

        app.Time.SetUtcNow(new DateTimeOffset(2025, 3, 8, 7, 0, 15, TimeSpan.Zero)); // 09:00:15 in Kyiv
        await app.Services.GetRequiredService<ScheduledPublishing>().RecordDueAsync(CancellationToken.None);
        editor = await app.SignedInAsync(Roles.Editor); // the evening's sign-in has ended by morning
        using (await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "The ferry leaves at eleven." }, "Save"))
        {
        }

        var history = await editor.GetPageAsync(historyUrl);
        var wentLive = history.QuerySelectorAll("table tbody tr")[1];
        Assert.Equal(["3", "09:00 08.03.2025", "schedule", "went live at 09:00 08.03.2025, as scheduled", "Published"],
            wentLive.QuerySelectorAll("td").Take(5).Select(cell => cell.Text()));
        Assert.Equal(["Published", "Published", "Scheduled for 09:00 08.03.2025", "Scheduled for 09:00 08.03.2025"],
            history.Texts("table tbody tr td:nth-child(5)"));
        Assert.Equal("2025-03-08T07:00:00Z", history.QuerySelector("table tbody tr:last-child td:nth-child(5) time")?.GetAttribute("datetime"));
    }
}
