using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Data;
using NewsPortal.Web.Tags;

namespace NewsPortal.Tests.Data;

/// <summary>
/// On SQLite each query's statement is parsed and planned once per connection and then reused: preparing it again
/// for every page was most of what SQLite spent on a reader page. Asked of SQLite itself: the statements alive on
/// each connection the app used, how often each has run and how often SQLite had to prepare it again.
/// </summary>
[SqliteOnly]
public class PreparedStatementsTests
{
    private const string ArticleUrl = "/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of";

    [Fact]
    public async Task ReaderPagesRunStatementsPreparedOnceOnTheirConnection()
    {
        var connections = new ConnectionsUsed();
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", "false").WithService<IInterceptor>(connections);
        var reader = app.CreateReader();
        const int Reads = 6;
        for (var i = 0; i < Reads; i++)
        {
            await reader.GetPageAsync(ArticleUrl);
            await reader.GetPageAsync("/tags/umerov");
        }

        // SQLite's full-text search keeps statements of its own; only those the app sent are the app's to keep.
        var statements = connections.Handles.SelectMany(Statement.AliveOn).Where(s => connections.Texts.Contains(s.Text)).ToList();
        Assert.All(statements.GroupBy(s => (s.Connection, s.Text)), copies => Assert.Single(copies));
        Assert.All(statements, s => Assert.True(s.Reprepared == 0, $"prepared again {s.Reprepared} times: {s.Text}"));
        // Every page read ran each of the page's statements once, on whichever connection served it.
        var runsOfArticleQuery = statements.Where(s => s.Text.Contains("\"a\".\"BodyHtml\"", StringComparison.Ordinal)).Sum(s => s.Runs);
        Assert.True(runsOfArticleQuery >= Reads, $"the article's statement ran {runsOfArticleQuery} times in {Reads} reads");
    }

    [Fact]
    public async Task AStoryEditedAfterItsPageWasReadShowsTheEditOnTheNextRead()
    {
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", "false");
        var reader = app.CreateReader();
        var story = await app.AddStoryAsync("Kept statements first headline", NewsPortalFactory.SeedEvening.AddHours(-1), ["umerov"]);
        var url = $"/articles/{story.Id}/{story.Slug}";
        Assert.Equal("Kept statements first headline", (await reader.GetPageAsync(url)).QuerySelector("h1")!.TextContent.Trim());

        await app.WithStoreAsync(async db =>
        {
            var stored = await db.Articles.FindAsync(story.Id);
            stored!.Headline = "Kept statements second headline";
            return await db.SaveChangesAsync();
        });

        Assert.Equal("Kept statements second headline", (await reader.GetPageAsync(url)).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task ThePageIsReadRightAfterTheSchemaChangesUnderKeptStatements()
    {
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", "false");
        var reader = app.CreateReader();
        var before = (await reader.GetPageAsync(ArticleUrl)).QuerySelector("h1")!.TextContent;

        // Another process changes the schema, as a newer release's migration would: SQLite prepares the kept
        // statements again by itself.
        using (var other = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            other.Open();
            using var change = other.CreateCommand();
            change.CommandText = "CREATE INDEX \"IX_Test_Headline\" ON \"Articles\" (\"Headline\"); ALTER TABLE \"Tags\" ADD COLUMN \"Note\" TEXT;";
            change.ExecuteNonQuery();
        }

        var after = await reader.GetPageAsync(ArticleUrl);
        Assert.Equal(before, after.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(after.QuerySelectorAll("a[href^='/tags/']"));
    }

    [Fact]
    public async Task ADisposedContextClosesItsConnectionAndTheStatementsKeptOnIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsportal-statements-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
        options.UseSqlite($"Data Source={path}").KeepSqliteConnectionsOpen().AddInterceptors(new SqlitePragmas(), new StatementReuse());
        nint handle;
        try
        {
            await using (var db = new NewsPortalDbContext(options.Options))
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
                db.Tags.Add(new Tag { Name = "Umerov", Slug = "umerov" });
                await db.SaveChangesAsync();
                for (var i = 0; i < 3; i++)
                {
                    Assert.Equal(1, await db.Tags.CountAsync(tag => tag.Slug == "umerov"));
                }

                handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!.DangerousGetHandle();
                Assert.Equal(3, Assert.Single(Statement.AliveOn(handle), CountsTags).Runs);
            }

            // SQLite's connection goes back to the pool, for another context to use, without the statements.
            Assert.DoesNotContain(Statement.AliveOn(handle), CountsTags);

            // Leaving WAL needs the only connection to the file: a connection left open would refuse it.
            SqliteConnection.ClearAllPools();
            using var alone = new SqliteConnection($"Data Source={path};Pooling=False");
            alone.Open();
            using var leave = alone.CreateCommand();
            leave.CommandText = "PRAGMA journal_mode = DELETE;";
            Assert.Equal("delete", leave.ExecuteScalar());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static bool CountsTags(Statement statement) =>
        statement.Text.Contains("COUNT(*)", StringComparison.Ordinal) && statement.Text.Contains("\"Tags\"", StringComparison.Ordinal);

    private sealed record Statement(nint Connection, string Text, int Runs, int Reprepared)
    {
        private const int StatusReprepare = 5;
        private const int StatusRun = 6;

        public static IEnumerable<Statement> AliveOn(nint connection)
        {
            for (var statement = NextStatement(connection, 0); statement != 0; statement = NextStatement(connection, statement))
            {
                yield return new Statement(
                    connection,
                    Marshal.PtrToStringUTF8(StatementText(statement))!,
                    StatementStatus(statement, StatusRun, 0),
                    StatementStatus(statement, StatusReprepare, 0));
            }
        }

        // SQLitePCL lists only the statements made after a connection asked it to keep track; SQLite lists them all.
        [DllImport("e_sqlite3", EntryPoint = "sqlite3_next_stmt")]
        private static extern nint NextStatement(nint connection, nint statement);

        [DllImport("e_sqlite3", EntryPoint = "sqlite3_sql")]
        private static extern nint StatementText(nint statement);

        [DllImport("e_sqlite3", EntryPoint = "sqlite3_stmt_status")]
        private static extern int StatementStatus(nint statement, int counter, int reset);
    }

    /// <summary>The SQLite connections the app ran its readers on, and the statements it sent.</summary>
    private sealed class ConnectionsUsed : DbCommandInterceptor
    {
        private readonly ConcurrentDictionary<nint, byte> _handles = new();
        private readonly ConcurrentDictionary<string, byte> _texts = new(StringComparer.Ordinal);

        public IReadOnlyCollection<nint> Handles => [.. _handles.Keys];

        public HashSet<string> Texts => _texts.Keys.ToHashSet(StringComparer.Ordinal);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _handles.TryAdd(((SqliteConnection)command.Connection!).Handle!.DangerousGetHandle(), 0);
            _texts.TryAdd(command.CommandText, 0);
            return ValueTask.FromResult(result);
        }
    }
}
