using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Data;

namespace NewsPortal.Tests.Data;

/// <summary>
/// Operators open the store with the sqlite3 shell and other tools, whose parser reads every trigger and view of the
/// schema when a store is opened, with a fixed stack: Debian's shell overflows at about thirty brackets deep and then
/// refuses the whole store ("malformed database schema … parser stack overflow"). The app's own SQLite library has a
/// deeper stack, so only the depth itself can tell.
/// </summary>
public class StoreSchemaDepthTests
{
    // Debian's sqlite3 3.40 overflows at 30; a few brackets are left to spare.
    private const int MaxDepth = 24;

    [Fact]
    public async Task NoTriggerOrViewOfAMigratedStoreNestsTooDeepForTheSqliteShellToOpenIt()
    {
        using var folder = SeedFile.FolderWith();
        var path = Path.Combine(folder.Path, "depth.db");
        await using (var db = new NewsPortalDbContext(new DbContextOptionsBuilder<NewsPortalDbContext>().UseSqlite($"Data Source={path}").Options))
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')";
        var depths = new Dictionary<string, int>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                depths[reader.GetString(0)] = BracketDepth(reader.GetString(1));
            }
        }

        Assert.Contains("ArticleSearchAfterUpdate", depths.Keys);
        Assert.All(depths, entry => Assert.True(entry.Value <= MaxDepth, $"{entry.Key} nests {entry.Value} brackets deep"));
    }

    // Brackets inside quoted text do not count.
    private static int BracketDepth(string sql)
    {
        var (depth, deepest, quote) = (0, 0, (char?)null);
        foreach (var c in sql)
        {
            if (quote is { } open)
            {
                quote = c == open ? null : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '(')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c == ')')
            {
                depth--;
            }
        }

        return deepest;
    }
}
