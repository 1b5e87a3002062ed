using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Data;

/// <summary>
/// A store from before the headlines' trigram index gets it, whole, from its migration: the newsroom's filter finds
/// the stories it already held by any part of their headlines.
/// </summary>
public class HeadlineTrigramsMigrationTests
{
    [Fact]
    public async Task StoriesSavedBeforeTheIndexAreFoundByPartOfTheirHeadlinesAfterTheMigration()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        // Saved through today's model, then taken back to the store before the index: a later migration's column would
        // be missing from an older store for a save made there.
        await app.AddStoryAsync("Київ: новини дня", NewsPortalFactory.SeedEvening.AddHours(-1));
        await app.WithStoreAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(name => name.EndsWith("_HeadlineTrigrams", StringComparison.Ordinal)) - 1];
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(before);
            await migrator.MigrateAsync();
            return 0;
        });

        var page = await editor.GetPageAsync($"/admin?q={Uri.EscapeDataString("ЇВ: НОВ")}");
        Assert.Equal("1 story", page.Text(".listing__count"));
    }
}
