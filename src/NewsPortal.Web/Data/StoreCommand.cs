using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsPortal.Web.Data;

/// <summary>
/// <c>store unlock</c>: releases the update lock that a process stopped while updating the SQLite store's schema left
/// behind, which every later start would otherwise wait for. It refuses while any other process has the store open,
/// since that one may be the update, so it never breaks into an update under way.
/// </summary>
public static class StoreCommand
{
    public const string Name = "store";

    public const string Usage = "store unlock  (releases the update lock left behind by a start stopped while it updated the store)";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [_, "unlock"])
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
        if (!db.Database.IsSqlite())
        {
            await Console.Error.WriteLineAsync("store unlock is for a SQLite store; PostgreSQL releases its update lock by itself when the process holding it ends.");
            return 1;
        }

        var connectionString = db.Database.GetConnectionString()!;
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"There is no store at {path} to unlock.");
            return 1;
        }

        StoreFile.EnsureUsable(connectionString);
        if (await StoreUpdateLock.TakenAtAsync(connectionString, CancellationToken.None) is null)
        {
            await Console.Out.WriteLineAsync($"The store {path} is not locked for an update; there is nothing to release.");
            return 0;
        }

        var unlock = await StoreUpdateLock.ReleaseUnlessInUseAsync(connectionString, CancellationToken.None);
        switch (unlock.Outcome)
        {
            case UnlockOutcome.Released:
                await Console.Out.WriteLineAsync($"Released the update lock on {path}, held since {Since(unlock.TakenAt)} UTC; the site can start.");
                return 0;
            case UnlockOutcome.StoreInUse:
                await Console.Error.WriteLineAsync(
                    $"The store {path} is open in another process (the site, or a command such as users add), which may be updating it, so its update lock, held since {Since(unlock.TakenAt)} UTC, stays: stop that process, then run store unlock again.");
                return 1;
            default:
                await Console.Out.WriteLineAsync($"The store {path} is not locked for an update; there is nothing to release.");
                return 0;
        }
    }

    private static string Since(DateTimeOffset? takenAt) =>
        takenAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "a moment ago";
}
