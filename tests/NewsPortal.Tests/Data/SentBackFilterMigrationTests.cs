using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Data;

/// <summary>
/// Drafts sent back to their authors before each story recorded it are found by the "sent back" filter from their
/// revisions, and the migration leaves the search index's triggers in place.
/// </summary>
public class SentBackFilterMigrationTests
{
    [Fact]
    public async Task DraftsSentBackBeforeTheMigrationAreListedAsSentBackAndThoseSentForReviewAgainAreNot()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        var editor = await app.SignedInAsync(Roles.Editor);
        var ferry = await InReviewAsync(author, "Ferry timetable changes");
        var bridge = await InReviewAsync(author, "Bridge repairs begin");
        await InReviewAsync(author, "Harbour cranes return");
        foreach (var story in new[] { ferry, bridge })
        {
            using var sentBack = await editor.SubmitFormAsync(story, "form.send-back__form", new() { ["SendBackNote"] = "Name the source." });
            Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        }

        using (var resubmitted = await author.SubmitFormAsync(bridge, "form.editor__form", [], "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        }

        await app.WithStoreAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(name => name.EndsWith("_SentBackFilter", StringComparison.Ordinal)) - 1];
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(before);
            Assert.Equal(before, (await db.Database.GetAppliedMigrationsAsync()).Last());
            await migrator.MigrateAsync();
            return 0;
        });

        Assert.Equal(["Ferry timetable changes"], (await editor.GetPageAsync("/admin?state=SentBack")).Texts("tbody tr td:first-child a"));
        using var saved = await author.SubmitFormAsync(ferry, "form.editor__form", new() { ["Draft.Body"] = "The zeppelin ferry leaves at ten." }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("1 story", (await editor.GetPageAsync("/admin?q=zeppelin")).Text(".listing__count"));
    }

    private static async Task<string> InReviewAsync(HttpClient author, string headline)
    {
        using var response = await author.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm(headline), "Submit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
