using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using NewsPortal.CrashTest;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Data;

/// <summary>
/// A start killed while it updated the store's schema leaves EF Core's lock row behind; later starts say so at once,
/// and the operator releases it with <c>store unlock</c>, which never breaks into an update another process is making.
/// </summary>
[SqliteOnly]
[Collection(AppProcesses.Name)]
public class StoreUpdateLockTests
{
    private static readonly string AppPath = Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll");

    [Fact]
    public async Task AStartOnAStoreLeftLockedSaysSinceWhenAndWhatToRunAndServesOnceStoreUnlockReleasesIt()
    {
        using var folder = SeedFile.FolderWith();
        var store = await MigratedStoreAsync(folder);
        var lockedSince = DateTimeOffset.UtcNow.AddMinutes(-2);
        await LockAsync(store, lockedSince);
        var settings = new Dictionary<string, string> { ["ConnectionStrings__NewsPortal"] = $"Data Source={store}" };

        await using var site = RunningApp.Launch(AppPath, settings);
        await site.WaitForOutputAsync("locked for an update", TimeSpan.FromSeconds(30));
        var unlock = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["store", "unlock"], null, ("ConnectionStrings__NewsPortal", $"Data Source={store}"));
        await site.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        using var reader = new HttpClient { BaseAddress = site.Address };
        var front = await reader.GetAsync(new Uri("/", UriKind.Relative));
        var again = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["store", "unlock"], null, ("ConnectionStrings__NewsPortal", $"Data Source={store}"));

        var since = lockedSince.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.Contains(site.Output, line => line.EndsWith(
            $"The store {store} has been locked for an update since {since} UTC, so this start waits: another NewsPortal process (the site or a command) may be updating it; if none is, release the lock with the app's command \"store unlock\"",
            StringComparison.Ordinal));
        Assert.True(unlock.ExitCode == 0, unlock.StandardError);
        Assert.Equal($"Released the update lock on {store}, held since {since} UTC; the site can start.", unlock.StandardOutput.Trim());
        Assert.Equal(HttpStatusCode.OK, front.StatusCode);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"The store {store} is not locked for an update; there is nothing to release.", again.StandardOutput.Trim());
    }

    [Fact]
    public async Task AStartStoppedWhileItWaitsForTheLockSaysSoInOneSentence()
    {
        using var folder = SeedFile.FolderWith();
        var store = await MigratedStoreAsync(folder);
        await LockAsync(store, DateTimeOffset.UtcNow);
        await using var site = RunningApp.Launch(AppPath, new Dictionary<string, string> { ["ConnectionStrings__NewsPortal"] = $"Data Source={store}" });
        await site.WaitForOutputAsync("locked for an update", TimeSpan.FromSeconds(30));

        await site.TerminateAsync();

        Assert.Equal(1, await site.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal($"Stopped while waiting for the update lock on the store {store}, before the site started; the store is as it was.", site.Errors.Trim());
        Assert.NotNull(await LockedSinceAsync(store));
    }

    [Fact]
    public async Task StoreUnlockLeavesTheLockInPlaceWhileTheSiteHasTheStoreOpen()
    {
        using var folder = SeedFile.FolderWith();
        var store = await MigratedStoreAsync(folder);
        var settings = new Dictionary<string, string> { ["ConnectionStrings__NewsPortal"] = $"Data Source={store}" };
        await using var site = await RunningApp.StartAsync(AppPath, settings, TimeSpan.FromSeconds(60));
        var lockedSince = DateTimeOffset.UtcNow;
        await LockAsync(store, lockedSince); // as a command updating the store beside the site would

        var unlock = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["store", "unlock"], null, ("ConnectionStrings__NewsPortal", $"Data Source={store}"));

        Assert.Equal(1, unlock.ExitCode);
        Assert.Equal(
            $"The store {store} is open in another process (the site, or a command such as users add), which may be updating it, so its update lock, held since {lockedSince.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, stays: stop that process, then run store unlock again.",
            unlock.StandardErrorWithoutLogLines);
        Assert.Equal(lockedSince, await LockedSinceAsync(store));
        await site.TerminateAsync();
        Assert.Equal(0, await site.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task AStartReleasesALockOlderThanAnyUpdateTakesAndSaysSo()
    {
        using var folder = SeedFile.FolderWith();
        var store = await MigratedStoreAsync(folder);
        var lockedSince = DateTimeOffset.UtcNow.AddHours(-3);
        await LockAsync(store, lockedSince);

        await using var site = await RunningApp.StartAsync(AppPath, new Dictionary<string, string> { ["ConnectionStrings__NewsPortal"] = $"Data Source={store}" },
            TimeSpan.FromSeconds(60));

        Assert.Contains(site.Output, line => line.Contains(
            $"Released the update lock on the store {store}, taken at {lockedSince.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: no update takes that long",
            StringComparison.Ordinal));
        Assert.Null(await LockedSinceAsync(store));
    }

    private static async Task<string> MigratedStoreAsync(TempFolder folder)
    {
        var path = Path.Combine(folder.Path, "store.db");
        using (var app = new NewsPortalFactory())
        {
            _ = app.Services; // a real store, migrated and seeded
            await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
            await connection.OpenAsync();
            await using var copy = new SqliteConnection($"Data Source={path}");
            connection.BackupDatabase(copy);
        }

        SqliteConnection.ClearAllPools();
        return path;
    }

    // As EF Core's SqliteHistoryRepository takes the lock before it updates a store.
    private static async Task LockAsync(string store, DateTimeOffset since)
    {
        await using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
                "Timestamp" TEXT NOT NULL
            );
            INSERT OR IGNORE INTO "__EFMigrationsLock"("Id", "Timestamp") VALUES(1, '{since:yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz}');
            """;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<DateTimeOffset?> LockedSinceAsync(string store)
    {
        await using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Timestamp" FROM "__EFMigrationsLock" """;
        return await command.ExecuteScalarAsync() is string timestamp ? DateTimeOffset.Parse(timestamp, CultureInfo.InvariantCulture) : null;
    }
}
