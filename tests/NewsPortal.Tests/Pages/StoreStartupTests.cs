using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsPortal.CrashTest;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Data;

namespace NewsPortal.Tests.Pages;

/// <summary>
/// A store file that is missing or cannot be used stops the app at once with one sentence naming it, never a stack
/// trace; only a first start that asks for it (Store:CreateIfMissing, on by default in Development) makes a new one.
/// </summary>
[SqliteOnly]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Collection(AppProcesses.Name)]
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

    [Fact]
    public async Task AMalformedSeedFileStopsTheFirstStartWithOneSentenceNamingFileAndLine()
    {
        using var seeds = SeedFile.FolderWith(("bad.txt", "date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\nno reading time\n"));
        using var folder = SeedFile.FolderWith();

        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ("Seeds__Folder", seeds.Path),
            ("ConnectionStrings__NewsPortal", $"Data Source={Path.Combine(folder.Path, "store.db")}"), ("Store__CreateIfMissing", "true"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"The seed import stopped and nothing was imported: {Path.Combine(seeds.Path, "bad.txt")}, line 4: expected 'N min read' after the headline",
            run.StandardError.Trim());
        Assert.DoesNotContain("   at ", run.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("users", "add", "--email", "chief@newsroom.example", "--role", "Admin")]
    public async Task AMissingStoreStopsTheAppNamingItAndNothingIsCreated(params string[] command)
    {
        using var folder = SeedFile.FolderWith();
        var store = Path.Combine(folder.Path, "volume", "newsportal.db");

        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), command, null,
            ("ConnectionStrings__NewsPortal", $"Data Source={store}"), ("NEWSPORTAL_PASSWORD", "a long first password"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"The store {store} does not exist; to create a new, empty store there, start the app once with Store__CreateIfMissing=true.", run.StandardErrorWithoutLogLines);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "volume")));
    }

    [Theory]
    [InlineData("Production", "true")]
    [InlineData("Development", null)] // dotnet run on a fresh clone
    public async Task AMissingStoreIsCreatedAndSeededWhenThatIsAskedFor(string environment, string? createIfMissing)
    {
        using var folder = SeedFile.FolderWith();
        var store = Path.Combine(folder.Path, "volume", "newsportal.db");
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["ConnectionStrings__NewsPortal"] = $"Data Source={store}",
        };
        if (createIfMissing is not null)
        {
            settings["Store__CreateIfMissing"] = createIfMissing;
        }

        await using (var app = await RunningApp.StartAsync(Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll"), settings, TimeSpan.FromSeconds(60)))
        {
            await app.TerminateAsync();
            Assert.Equal(0, await app.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        }

        await using var db = new NewsPortalDbContext(new DbContextOptionsBuilder<NewsPortalDbContext>().UseSqlite($"Data Source={store};Mode=ReadOnly;Pooling=False").Options);
        Assert.Equal(SeedFile.Parse().Headline, await db.Articles.Where(a => a.Id == 1).Select(a => a.Headline).SingleAsync());
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
