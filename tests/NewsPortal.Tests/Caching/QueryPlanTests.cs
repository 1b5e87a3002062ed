using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Feeds;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using Xunit.Abstractions;

namespace NewsPortal.Tests.Caching;

/// <summary>
/// Every query behind a reader page reads an index range: no full scan of a table, and no sort of a whole list to
/// find one page. Asked of SQLite itself with EXPLAIN QUERY PLAN, for the statements the app really sends.
/// </summary>
[SqliteOnly]
public class QueryPlanTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ReaderPagesReadIndexRangesOnly()
    {
        var commands = new StoreCommands();
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", "false")
            .WithService<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(commands);
        for (var i = 1; i <= 25; i++)
        {
            await app.AddStoryAsync($"Umerov report {i}", NewsPortalFactory.SeedEvening.AddMinutes(-i), ["umerov"], body: "Umerov spoke.");
        }

        var reader = app.CreateReader();
        await reader.GetPageAsync("/"); // the app has started and prepared its store
        commands.Clear();

        foreach (var url in new[] { "/latest", "/tags/umerov", "/sections/news", "/search?q=umerov" })
        {
            var first = await reader.GetPageAsync(url);
            await reader.GetPageAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);
        }

        await reader.GetPageAsync("/");
        await reader.GetPageAsync("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of");
        // Not /api/tags and the sitemaps: they list every tag or every story, so they read them all by design.
        foreach (var url in new[] { "/feed.rss", "/tags/umerov/feed.atom", "/news-sitemap.xml", "/api/stories", "/api/stories?tag=umerov", "/api/stories?section=news", "/api/stories?tag=umerov&section=News", "/api/stories/1" })
        {
            using var response = await reader.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var problems = new List<string>();
        foreach (var command in commands.Recorded.Where(IsQuery))
        {
            var plan = StoreCommands.PlanOf(app.DatabasePath, command);
            output.WriteLine($"{command.Text}\n  -> {string.Join("\n  -> ", plan)}\n");
            var subqueries = plan.Select(SubqueryName).OfType<string>().ToHashSet();
            problems.AddRange(plan.Where(step => (IsFullScan(step, subqueries) || IsWholeListSort(step, command.Text)) && !IsTagNameScan(step, command.Text))
                .Select(step => $"{step}\n   in: {command.Text}"));
            if (SearchesOncePerStory(plan))
            {
                problems.Add($"the full-text match runs once per story\n   in: {command.Text}");
            }

            if (TestsEveryStoryForATag(plan))
            {
                problems.Add($"every story is checked for the tag: a rare tag reads the whole archive\n   in: {command.Text}");
            }
        }

        Assert.True(commands.Recorded.Count > 10, "the app's statements were not recorded");
        Assert.Empty(problems);
    }

    /// <summary>
    /// A list filtered by a flag (HOT NEWS, the go-live job's look-up) seeks the flag's own partial index. The rule
    /// above cannot see this: an index on the list's other columns reads a range too, but checks the flag on every
    /// story in it, and there are few hot or scheduled stories among many.
    /// </summary>
    [Fact]
    public async Task FlagFiltersSeekTheirOwnIndexes()
    {
        var commands = new StoreCommands();
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", "false")
            .WithService<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(commands);
        await app.AddStoryAsync("Hot report", NewsPortalFactory.SeedEvening.AddMinutes(-5), hot: true);
        var reader = app.CreateReader();
        await reader.GetPageAsync("/"); // started and prepared
        commands.Clear();

        await reader.GetPageAsync("/");
        await reader.GetPageAsync("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of");
        await app.Services.GetRequiredService<ScheduledPublishing>().RecordDueAsync(CancellationToken.None);

        var flagIndexes = new Dictionary<string, string> { ["IsHot"] = "IX_Articles_Hot", ["GoLivePending"] = "IX_Articles_GoLivePending" };
        var checkedFlags = new HashSet<string>();
        foreach (var command in commands.Recorded.Where(IsQuery))
        {
            var filter = Regex.Match(command.Text, @"WHERE ""a""\.""(IsHot|GoLivePending)""");
            if (!filter.Success)
            {
                continue;
            }

            var flag = filter.Groups[1].Value;
            var plan = StoreCommands.PlanOf(app.DatabasePath, command);
            output.WriteLine($"{command.Text}\n  -> {string.Join("\n  -> ", plan)}\n");
            Assert.Contains(plan, step => step.Contains($"INDEX {flagIndexes[flag]} ", StringComparison.Ordinal));
            checkedFlags.Add(flag);
        }

        Assert.Equal(flagIndexes.Keys.Order(), checkedFlags.Order());
    }

    /// <summary>
    /// A sitemap file is read from indexes alone, in its own order: its stories from the sitemap's index, each tag from
    /// its own range of the (tag, listed time) index. Read from the table, each story's row was read through its body
    /// to reach the times stored after it: a second and more a file at 100,000 stories.
    /// </summary>
    [Fact]
    public async Task SitemapsReadIndexesOnlyAndSortNothing()
    {
        var commands = new StoreCommands();
        using var app = new SmallSitemapsFactory().With("OutputCache:Enabled", "false")
            .WithService<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(commands);
        for (var i = 1; i <= 12; i++)
        {
            await app.AddStoryAsync($"Umerov report {i}", NewsPortalFactory.SeedEvening.AddMinutes(-i), ["umerov", $"topic {i % 4}"]);
        }

        var reader = app.CreateReader();
        await reader.GetPageAsync("/"); // the app has started and prepared its store
        commands.Clear();

        var files = (await reader.GetXmlAsync("/sitemap.xml")).Descendants(Syndication.Sitemap + "loc").Select(loc => new Uri(loc.Value).PathAndQuery).ToList();
        Assert.True(files.Count > 2, $"The sitemap index names {files.Count} files.");
        foreach (var file in files)
        {
            await reader.GetXmlAsync(file);
        }

        var problems = new List<string>();
        foreach (var command in commands.Recorded.Where(IsQuery))
        {
            var plan = StoreCommands.PlanOf(app.DatabasePath, command);
            output.WriteLine($"{command.Text}\n  -> {string.Join("\n  -> ", plan)}\n");
            var subqueries = plan.Select(SubqueryName).OfType<string>().ToHashSet();
            problems.AddRange(plan.Where(step => ReadsATableRow(step, subqueries) || step.Contains("TEMP B-TREE", StringComparison.Ordinal))
                .Select(step => $"{step}\n   in: {command.Text}"));
        }

        Assert.Contains(commands.Recorded, command => command.Text.Contains("\"UpdatedAt\"", StringComparison.Ordinal));
        Assert.Contains(commands.Recorded, command => command.Text.Contains("\"Photo_ImageUrl\"", StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    // The full-text index must be the outer loop: found once, each match looked up by id. Inside a loop over
    // the stories, it would run the whole match once per story; so it would if handed the stories' ids one by one
    // (INDEX 0:= is the match constrained to one rowid, run once per id of an IN list).
    private static bool SearchesOncePerStory(IReadOnlyList<string> plan)
    {
        if (plan.Any(step => step.StartsWith("SCAN ArticleSearch VIRTUAL TABLE INDEX 0:=", StringComparison.Ordinal)))
        {
            return true;
        }

        var match = plan.ToList().FindIndex(step => step.StartsWith("SCAN ArticleSearch VIRTUAL TABLE", StringComparison.Ordinal));
        var stories = plan.ToList().FindIndex(step => step.StartsWith("SEARCH a USING", StringComparison.Ordinal) && step.Contains("IX_Articles_", StringComparison.Ordinal));
        return match >= 0 && stories >= 0 && stories < match;
    }

    // A story's links looked up by (story, tag), once per story of a list, is a tag filter applied from the stories'
    // side: the list is walked until enough stories have the tag. A tag's list is read from the tag's own links.
    private static bool TestsEveryStoryForATag(IReadOnlyList<string> plan) =>
        plan.Any(step => step.Contains("EXISTS USING COVERING INDEX sqlite_autoindex_ArticleTags_1 (ArticleId=? AND TagId=?)", StringComparison.Ordinal));

    // The tags a search names are found among all the tags, a few hundred names and not the stories, and sorted by how
    // well they match: a name may have the typed words anywhere, which no index range holds. Whether a story readers
    // may see carries a tag is still read from the tag's own index range.
    private static bool IsTagNameScan(string step, string sql) =>
        sql.Contains("FROM \"Tags\" AS \"t\"", StringComparison.Ordinal) && sql.Contains("instr(\"t\".\"Slug\"", StringComparison.Ordinal)
        && (step.StartsWith("SCAN t ", StringComparison.Ordinal) || step.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));

    private static bool IsQuery(StoreCommands.Command command) =>
        command.Text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
        || command.Text.TrimStart().StartsWith("WITH", StringComparison.OrdinalIgnoreCase);

    // Reading the rows a subquery produced is fine (the subquery's own steps are checked), and so is "scanning"
    // the full-text index and JSON lists: they are virtual tables, and that is how they are searched.
    private static bool IsFullScan(string step, HashSet<string> subqueries) =>
        step.StartsWith("SCAN ", StringComparison.Ordinal)
        && !subqueries.Contains(step.Split(' ')[1])
        && !step.Contains("VIRTUAL TABLE", StringComparison.Ordinal);

    // A step on a table that is neither a covering index nor the rows of a subquery reads each row from the table.
    private static bool ReadsATableRow(string step, HashSet<string> subqueries) =>
        (step.StartsWith("SCAN ", StringComparison.Ordinal) || step.StartsWith("SEARCH ", StringComparison.Ordinal))
        && !subqueries.Contains(step.Split(' ')[1])
        && !step.Contains("COVERING INDEX", StringComparison.Ordinal);

    private static string? SubqueryName(string step) =>
        step.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || step.StartsWith("MATERIALIZE ", StringComparison.Ordinal)
            ? step.Split(' ')[1]
            : null;

    // Sorting is fine for a story's own few tags and notices, and for search results, which are ranked by
    // relevance and so cannot come off an index in order; a list of stories must not be sorted to find a page.
    private static bool IsWholeListSort(string step, string sql) =>
        (step.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal) || step.Contains("TEMP B-TREE FOR DISTINCT", StringComparison.Ordinal))
        && !(sql.Contains("ArticleSearch MATCH", StringComparison.Ordinal) && sql.Contains(" AS Rank", StringComparison.Ordinal))
        && !IsPerStoryDetail(sql);

    private static bool IsPerStoryDetail(string sql) =>
        sql.Contains("\"Position\"", StringComparison.Ordinal) || sql.Contains("\"ArticleNotices\"", StringComparison.Ordinal);
}
