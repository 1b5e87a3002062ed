using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Pages;

[SqliteOnly]
public class BackupTests
{
    [Fact]
    public async Task ABackupOfTheLiveStoreRestoresToTheSameSite()
    {
        using var folder = SeedFile.FolderWith();
        var backup = Path.Combine(folder.Path, "backups", "newsportal.db");
        using (var live = new NewsPortalFactory())
        {
            var story = await live.AddStoryAsync("Published just before the backup", NewsPortalFactory.SeedEvening.AddMinutes(-5));

            var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["backup", "--to", backup], null,
                ("ConnectionStrings__NewsPortal", $"Data Source={live.DatabasePath}"));

            Assert.True(run.ExitCode == 0, run.StandardError);
            Assert.Contains($"to {backup}.", run.StandardOutput, StringComparison.Ordinal);
        }

        await using (var check = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False"))
        {
            await check.OpenAsync();
            await using var integrity = check.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", await integrity.ExecuteScalarAsync());
        }

        using var restored = new NewsPortalFactory();
        File.Copy(backup, restored.DatabasePath);
        var front = await restored.CreateReader().GetPageAsync("/");
        Assert.Equal("Published just before the backup", front.Text("#LeadHeadline"));
        Assert.Equal(22, await restored.WithStoreAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task ABackupNeverOverwritesAFileAndSaysHowToCallIt()
    {
        using var folder = SeedFile.FolderWith(("existing.db", "an older backup"));
        var store = ("ConnectionStrings__NewsPortal", $"Data Source={Path.Combine(folder.Path, "store.db")}");

        var overwrite = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["backup", "--to", Path.Combine(folder.Path, "existing.db")], null, store);
        var usage = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["backup"], null, store);

        Assert.Equal(1, overwrite.ExitCode);
        Assert.Equal("an older backup", await File.ReadAllTextAsync(Path.Combine(folder.Path, "existing.db")));
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("Usage: backup --to FILE", usage.StandardError, StringComparison.Ordinal);
    }
}
