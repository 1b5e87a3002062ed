using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsPortal.Web.Data;

/// <summary>What <see cref="StoreUpdateLock.ReleaseUnlessInUseAsync"/> found, and when the lock it found was taken.</summary>
internal enum UnlockOutcome
{
    NotLocked,
    Released,
    StoreInUse,
}

internal readonly record struct Unlock(UnlockOutcome Outcome, DateTimeOffset? TakenAt);

/// <summary>
/// EF Core's lock on a SQLite store's schema: a row it writes in <c>__EFMigrationsLock</c> before an update and deletes
/// after it. Unlike PostgreSQL's lock, which ends with the session holding it, the row outlives a process killed while
/// it updated the store (SIGKILL, out of memory, power loss), and EF Core waits for it at every later start, without a word.
/// </summary>
internal static class StoreUpdateLock
{
    /// <summary>
    /// Far longer than an update of the largest stores takes (tens of seconds). A lock this old is released at start-up
    /// when no other process has the store open; a younger one only by the operator (<c>store unlock</c>), since
    /// SQLite's locks, which tell whether a process has the store open, do not reach every file system (a folder shared
    /// by two machines), and there the age is the only sign left that the update has ended.
    /// </summary>
    public static readonly TimeSpan LongestUpdate = TimeSpan.FromMinutes(15);

    private static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Waits, before EF Core takes the lock itself, while another process holds it, saying so in the log; the store is
    /// not kept open meanwhile, so <c>store unlock</c> can release a lock left behind and the start then carries on.
    /// </summary>
    public static async Task WaitUntilFreeAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var told = false;
        while (await TakenAtAsync(connectionString, cancellationToken) is { } takenAt)
        {
            // EF Core stamps the lock with the system clock, so its age is read on that clock.
            if (TimeProvider.System.GetUtcNow() - takenAt > LongestUpdate
                && await ReleaseUnlessInUseAsync(connectionString, cancellationToken) is { Outcome: UnlockOutcome.Released })
            {
                logger.LogWarning(
                    "Released the update lock on the store {Store}, taken at {LockedSince:yyyy-MM-dd HH:mm:ss} UTC: no update takes that long and no other process has the store open, so the one that took it ended before it finished",
                    path, takenAt.UtcDateTime);
                return;
            }

            if (!told)
            {
                logger.LogWarning(
                    "The store {Store} has been locked for an update since {LockedSince:yyyy-MM-dd HH:mm:ss} UTC, so this start waits: another NewsPortal process (the site or a command) may be updating it; if none is, release the lock with the app's command \"store unlock\"",
                    path, takenAt.UtcDateTime);
                told = true;
            }

            try
            {
                await Task.Delay(RecheckInterval, cancellationToken);
            }
            catch (OperationCanceledException error)
            {
                // Stopped (SIGTERM, Ctrl+C) while waiting: one sentence, not a stack trace.
                throw new StoreStartupException($"Stopped while waiting for the update lock on the store {path}, before the site started; the store is as it was.", error);
            }
        }

        if (told)
        {
            logger.LogInformation("The store {Store} is no longer locked for an update; starting", path);
        }
    }

    /// <summary>When the lock was taken, or null when the store is not locked (or not yet made).</summary>
    public static async Task<DateTimeOffset?> TakenAtAsync(string connectionString, CancellationToken cancellationToken)
    {
        var store = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        if (!File.Exists(store.DataSource) || new FileInfo(store.DataSource).Length == 0)
        {
            return null;
        }

        await using var connection = new SqliteConnection(store.ToString());
        await connection.OpenAsync(cancellationToken);
        return await ReadAsync(connection, cancellationToken);
    }

    /// <summary>
    /// Deletes the lock only while no other connection, of this process or another, has the store open: a process
    /// updating the schema holds its connection from before it takes the lock until after it releases it, so with none
    /// open, no update is under way. SQLite's exclusive locking mode makes the check and the delete one step: nothing
    /// can open the store between them.
    /// </summary>
    public static async Task<Unlock> ReleaseUnlessInUseAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Any other connection holds the store for as long as it is open, so waiting for it to let go is pointless.
        var store = new SqliteConnectionStringBuilder(connectionString) { Pooling = false, DefaultTimeout = 1 };
        await using var connection = new SqliteConnection(store.ToString());
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA locking_mode = EXCLUSIVE;", cancellationToken);
        DateTimeOffset? takenAt;
        try
        {
            await ExecuteAsync(connection, "BEGIN EXCLUSIVE;", cancellationToken);
            takenAt = await ReadAsync(connection, cancellationToken);
        }
        catch (SqliteException error) when (error.SqliteErrorCode == SQLitePCL.raw.SQLITE_BUSY)
        {
            return new Unlock(UnlockOutcome.StoreInUse, await TakenAtAsync(connectionString, cancellationToken));
        }

        if (takenAt is not null)
        {
            await ExecuteAsync(connection, """DELETE FROM "__EFMigrationsLock";""", cancellationToken);
        }

        await ExecuteAsync(connection, "COMMIT;", cancellationToken);
        return new Unlock(takenAt is null ? UnlockOutcome.NotLocked : UnlockOutcome.Released, takenAt);
    }

    private static async Task<DateTimeOffset?> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock';""";
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            return null;
        }

        command.CommandText = """SELECT "Timestamp" FROM "__EFMigrationsLock" ORDER BY "Timestamp" LIMIT 1;""";
        return await command.ExecuteScalarAsync(cancellationToken) is string timestamp
            ? DateTimeOffset.Parse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
