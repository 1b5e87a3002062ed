using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Data;

/// <summary>Stories stored while a one-# body heading was rendered as an h1 get the section heading new saves get.</summary>
[SqliteOnly]
public class SectionHeadingsMigrationTests
{
    [Fact]
    public async Task AStoredTopLevelBodyHeadingBecomesASectionHeading()
    {
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", "false");
        var story = await app.AddStoryAsync(
            "Harbour story with a heading", NewsPortalFactory.SeedEvening.AddHours(-1), body: "# Background\n\nThe tag `<h1>` stays text.");
        await app.WithStoreAsync(async db =>
        {
            // As the renderer stored it before.
            await db.Database.ExecuteSqlRawAsync(
                """UPDATE "Articles" SET "BodyHtml" = replace(replace("BodyHtml", '<h2', '<h1'), '</h2>', '</h1>') WHERE "Id" = {0}""", story.Id);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261126073251_SearchFolding");
            await migrator.MigrateAsync();
            return 0;
        });

        var page = await app.CreateReader().GetPageAsync($"/articles/{story.Id}/{story.Slug}");

        Assert.Equal(["Harbour story with a heading"], page.Texts("h1"));
        Assert.Equal("Background", page.Text(".story__body h2#background"));
        Assert.Equal("<h1>", page.Text(".story__body code"));
    }
}
