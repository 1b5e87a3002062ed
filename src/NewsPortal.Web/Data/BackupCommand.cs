using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Hosting;

namespace NewsPortal.Web.Data;

/// <summary>
/// <c>backup --to FILE</c>: a consistent copy of the live store through SQLite's online backup, safe while the site
/// is serving. Restoring is copying the file back in place of the store while the app is stopped.
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    public const string Usage = "backup --to FILE";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var target = CommandLine.Option(args, "--to") is { } given ? Path.GetFullPath(given) : null;
        if (target is null)
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        if (File.Exists(target))
        {
            await Console.Error.WriteLineAsync($"{target} already exists; choose a new file, so that no backup is overwritten.");
            return 1;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
        if (!db.Database.IsSqlite())
        {
            await Console.Error.WriteLineAsync("backup copies a SQLite store; back up a PostgreSQL store with pg_dump (see README, \"Running on several servers\").");
            return 1;
        }

        var connectionString = db.Database.GetConnectionString()!;
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        if (!File.Exists(source.DataSource))
        {
            await Console.Error.WriteLineAsync($"There is no store at {source.DataSource} to back up.");
            return 1;
        }

        StoreFile.EnsureUsable(connectionString);

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using (var from = new SqliteConnection(source.ToString()))
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await from.OpenAsync();
            from.BackupDatabase(to);
        }

        await Console.Out.WriteLineAsync($"Backed up {source.DataSource} to {target}.");
        return 0;
    }
}
