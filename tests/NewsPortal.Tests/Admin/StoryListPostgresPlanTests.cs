using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using Xunit.Abstractions;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// On PostgreSQL the newsroom filter's ILIKE on headlines is answered by pg_trgm's index, not a read of every headline,
/// and the "mine" and "sent back" lists by their own indexes. Asked of PostgreSQL with EXPLAIN, for the statements the
/// list really sends.
/// </summary>
public sealed class StoryListPostgresPlanTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _database = TestPostgres.CreateDatabase();

    [Theory]
    [InlineData("КИЇВ")]
    [InlineData("harbo")]
    public async Task TheTextFilterFindsHeadlinesThroughTheTrigramIndex(string typed)
    {
        var commands = new StoreCommands();
        using var app = new NewsPortalFactory().With("Database:Provider", "Postgres").With("ConnectionStrings:NewsPortal", _database)
            .WithService<IInterceptor>(commands);
        await app.AddStoryAsync("Київ: harbour report", NewsPortalFactory.SeedEvening.AddHours(-1));
        await AddFillerStoriesAsync(3000);
        var editor = await app.SignedInAsync(Roles.Editor);
        commands.Clear();

        var page = await editor.GetPageAsync($"/admin?q={Uri.EscapeDataString(typed)}");

        var filtered = commands.Recorded.Where(c => c.Text.Contains("ILIKE", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(filtered);
        foreach (var command in filtered)
        {
            var plan = await PlanOfAsync(command);
            output.WriteLine($"{command.Text}\n  -> {string.Join("\n  -> ", plan)}\n");
            Assert.Contains(plan, step => step.Contains($"Bitmap Index Scan on \"{PostgresNewsPortalDbContext.HeadlineTrigramsIndex}\"", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// One author's stories and the few sent-back drafts are read off their own indexes among 100,000 wire stories, in
    /// each order, not found by a read of every story.
    /// </summary>
    [Fact]
    public async Task MineAndSentBackAreReadOffTheirIndexesAmongAHundredThousandStories()
    {
        var commands = new StoreCommands();
        using var app = new NewsPortalFactory().With("Database:Provider", "Postgres").With("ConnectionStrings:NewsPortal", _database)
            .WithService<IInterceptor>(commands);
        var author = await app.SignedInAsync(Roles.Author, "olena@example.com");
        await AddFillerStoriesAsync(100_000);
        var story = await app.AddStoryAsync("Ferry timetable changes", NewsPortalFactory.SeedEvening.AddHours(-1), status: ArticleStatus.Draft);
        await app.WithStoreAsync(async db =>
        {
            var olena = await db.Users.Where(u => u.Email == "olena@example.com").Select(u => u.Id).SingleAsync();
            return await db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.AuthorId, olena).SetProperty(a => a.SentBack, true));
        });
        commands.Clear();

        foreach (var filter in new[] { "mine=true", "mine=true&state=Draft&sort=headline", "mine=true&sort=published", "state=SentBack", "state=SentBack&sort=published", "state=SentBack&mine=true&sort=headline" })
        {
            Assert.Equal("1 story", (await author.GetPageAsync($"/admin?{filter}")).Text(".listing__count"));
        }

        var filtered = commands.Recorded.Where(c => c.Text.Contains("\"AuthorId\" = @", StringComparison.Ordinal) || c.Text.Contains("\"SentBack\" = @", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(filtered);
        foreach (var command in filtered)
        {
            var plan = await PlanOfAsync(command);
            output.WriteLine($"{command.Text}\n  -> {string.Join("\n  -> ", plan)}\n");
            Assert.DoesNotContain(plan, step => step.Contains("Seq Scan on \"Articles\"", StringComparison.Ordinal));
            // PostgreSQL weighs the indexes by its statistics: the author's, or one of a status as rare as drafts here.
            Assert.Contains(plan, step => step.Contains("Index", StringComparison.Ordinal) && step.Contains("on \"Articles\"", StringComparison.Ordinal));
        }
    }

    public void Dispose() => TestPostgres.DropDatabase(_database);

    // Copies of the first story under other headlines, and the statistics PostgreSQL plans by: a handful of stories is
    // read fastest whole, whatever indexes there are.
    private async Task AddFillerStoriesAsync(int count)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        string columns;
        await using (var names = new NpgsqlCommand("""
            SELECT string_agg(quote_ident(column_name), ', ') FROM information_schema.columns
            WHERE table_name = 'Articles' AND is_generated = 'NEVER' AND column_name NOT IN ('Id', 'Slug', 'Headline')
            """, connection))
        {
            columns = (string)(await names.ExecuteScalarAsync())!;
        }

        await using var fill = new NpgsqlCommand($"""
            INSERT INTO "Articles" ("Slug", "Headline", {columns})
            SELECT 'filler-' || n, 'Filler story number ' || n, {columns}
            FROM "Articles", generate_series(1, @count) AS n WHERE "Id" = (SELECT min("Id") FROM "Articles")
            """, connection);
        fill.Parameters.AddWithValue("count", count);
        fill.CommandTimeout = 600;
        await fill.ExecuteNonQueryAsync();
        // As autovacuum would have by then: the trigram index takes in its pending rows and counts its entries.
        await using var vacuum = new NpgsqlCommand("""VACUUM ANALYZE "Articles";""", connection) { CommandTimeout = 600 };
        await vacuum.ExecuteNonQueryAsync();
    }

    private async Task<IReadOnlyList<string>> PlanOfAsync(StoreCommands.Command command)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + command.Text, connection);
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(0).Trim());
        }

        return plan;
    }
}
