using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Data;

/// <summary>
/// Revisions saved before each kept the story's state get it from what they recorded, where that tells it; where it
/// does not (was a published revision live or only scheduled?), the history says no more than it knows.
/// </summary>
public class RevisionStatesMigrationTests
{
    [Fact]
    public async Task OlderRevisionsOfScheduledStoriesReadScheduledAndOnlyThoseThatCannotBeToldApartSayPublishedOrScheduled()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var ferry = await NewStoryAsync(editor, "Harbour ferry timetable", "Schedule", "2025-03-08T09:00");
        await SendAsync(editor, ferry, "Save", new() { ["Draft.Body"] = "The ferry leaves at ten." });
        var vote = await NewStoryAsync(editor, "Council vote on the harbour", "Schedule", "2025-03-08T09:00");
        await SendAsync(editor, vote, "Schedule", new() { ["ScheduleAt"] = "2025-03-09T09:00" });
        var cranes = await NewStoryAsync(editor, "Harbour cranes return", "Save");
        await SendAsync(editor, cranes, "Publish");
        using (await editor.SubmitFormAsync(History(cranes), "form[action*='handler=Restore']", []))
        {
        }

        app.Time.SetUtcNow(new DateTimeOffset(2025, 3, 8, 7, 0, 15, TimeSpan.Zero)); // 09:00:15 in Kyiv
        await app.Services.GetRequiredService<ScheduledPublishing>().RecordDueAsync(CancellationToken.None);
        editor = await app.SignedInAsync(Roles.Editor); // the evening's sign-in has ended by morning
        await SendAsync(editor, ferry, "Save", new() { ["Draft.Body"] = "The ferry leaves at eleven." });
        await SendAsync(editor, cranes, "Unpublish");

        await app.WithStoreAsync(async db =>
        {
            // The store as it was before revisions kept the story's state, then brought up to date.
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(name => name.EndsWith("_RevisionStates", StringComparison.Ordinal)) - 1];
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(before);
            Assert.Equal(before, (await db.Database.GetAppliedMigrationsAsync()).Last());
            await migrator.MigrateAsync();
            return 0;
        });

        Assert.Equal(["Published", "Published", "Scheduled for 09:00 08.03.2025", "Scheduled for 09:00 08.03.2025"], await StatesAsync(editor, ferry));
        // The first time was moved by the second schedule: it is no longer in the store.
        Assert.Equal(["Scheduled for 09:00 09.03.2025", "Scheduled"], await StatesAsync(editor, vote));
        Assert.Equal(["Unpublished", "Published or scheduled", "Published", "Draft"], await StatesAsync(editor, cranes));
    }

    private static async Task<string> NewStoryAsync(HttpClient editor, string headline, string handler, string? scheduleAt = null)
    {
        var form = Stories.NewStoryForm(headline);
        if (scheduleAt is not null)
        {
            form["ScheduleAt"] = scheduleAt;
        }

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", form, handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static async Task SendAsync(HttpClient editor, string editUrl, string handler, Dictionary<string, string>? fields = null)
    {
        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", fields ?? [], handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string History(string editUrl) => editUrl.Replace("/edit", "/history", StringComparison.Ordinal);

    private static async Task<IReadOnlyList<string>> StatesAsync(HttpClient editor, string editUrl) =>
        (await editor.GetPageAsync(History(editUrl))).Texts("table tbody tr td:nth-child(5)");
}
