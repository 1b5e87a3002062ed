using Microsoft.Data.Sqlite;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Pages;

/// <summary>A store file that cannot be used stops the app at once with one sentence naming it, never a stack trace.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class StoreStartupTests
{
    [Theory]
    [InlineData("not-sqlite", "is not a SQLite database")]
    [InlineData("truncated", "cannot be used")]
    [InlineData("read-only", "is read-only")]
    [InlineData("unreadable", "cannot be read")]
    public async Task AnUnusableStoreStopsTheAppWithOneClearMessage(string damage, string expected)
    {
        using var folder = SeedFile.FolderWith();
        var store = Path.Combine(folder.Path, "store.db");
        await MakeStoreAsync(store, damage);
        var before = await File.ReadAllBytesAsync(store);

        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ("ConnectionStrings__NewsPortal", $"Data Source={store}"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"The store {store} {expected}", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
        File.SetUnixFileMode(store, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Equal(before, await File.ReadAllBytesAsync(store));
    }

    private static async Task MakeStoreAsync(string path, string damage)
    {
        if (damage == "not-sqlite")
        {
            await File.WriteAllTextAsync(path, "These are the minutes of the editorial meeting, not a database.");
            return;
        }

        using (var app = new NewsPortalFactory())
        {
            _ = app.Services; // a real store, migrated and seeded
            await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
            await connection.OpenAsync();
            await using var backup = new SqliteConnection($"Data Source={path}");
            connection.BackupDatabase(backup);
        }

        SqliteConnection.ClearAllPools();
        switch (damage)
        {
            case "truncated":
                var bytes = await File.ReadAllBytesAsync(path);
                await File.WriteAllBytesAsync(path, bytes[..8192]);
                break;
            case "read-only":
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
                break;
            case "unreadable":
                File.SetUnixFileMode(path, UnixFileMode.None);
                break;
        }
    }
}
