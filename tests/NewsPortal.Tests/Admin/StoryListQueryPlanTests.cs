using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using Xunit.Abstractions;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// Each order of the newsroom's story list, with each status filter, reads its page off an index in that order: no
/// sort of every story to find 25, and no walk of the table itself. Asked of SQLite with EXPLAIN QUERY PLAN.
/// </summary>
[SqliteOnly]
public partial class StoryListQueryPlanTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EverySortAndFilterReadsThePageOffAnIndex()
    {
        var commands = new StoreCommands();
        using var app = new NewsPortalFactory().WithService<IInterceptor>(commands);
        var editor = await EditorOverAStoryOfEachStatusAsync(app, commands);

        // The text filter has a test of its own, below.
        foreach (var mine in new[] { "", "true" })
        {
            foreach (var state in new[] { "" }.Concat(Enum.GetNames<StoryState>()))
            {
                foreach (var sort in new[] { "", "published", "headline" })
                {
                    await editor.GetPageAsync($"/admin?mine={mine}&state={state}&sort={sort}");
                }
            }
        }

        var problems = new List<string>();
        foreach (var command in commands.Recorded.Where(c => c.Text.Contains("ORDER BY", StringComparison.Ordinal) && c.Text.Contains("FROM \"Articles\"", StringComparison.Ordinal)))
        {
            var plan = StoreCommands.PlanOf(app.DatabasePath, command);
            output.WriteLine($"{command.Text}\n  -> {string.Join("\n  -> ", plan)}\n");
            // The scheduled stories are few: picking them out by time and sorting them is the bounded read.
            var scheduledOnly = command.Text.Contains("\"PublishedAt\" > @", StringComparison.Ordinal) && !command.Text.Contains("NOT IN", StringComparison.Ordinal);
            problems.AddRange(plan.Where(step => (step.Contains("TEMP B-TREE", StringComparison.Ordinal) && !scheduledOnly) || step is "SCAN a")
                .Select(step => $"{step}\n   in: {command.Text}"));
        }

        Assert.True(commands.Recorded.Count > 42, "the list's statements were not recorded");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheTextFilterIsTestedOnIndexesAndReadsOnlyTheStoriesItKeepsFromTheTable()
    {
        var commands = new StoreCommands();
        using var app = new NewsPortalFactory().WithService<IInterceptor>(commands);
        var editor = await EditorOverAStoryOfEachStatusAsync(app, commands);

        foreach (var text in new[] { "harbo", "київ" })
        {
            foreach (var mine in new[] { "", "true" })
            {
                foreach (var state in new[] { "" }.Concat(Enum.GetNames<StoryState>()))
                {
                    foreach (var sort in new[] { "", "published", "headline" })
                    {
                        await editor.GetPageAsync($"/admin?mine={mine}&state={state}&sort={sort}&q={Uri.EscapeDataString(text)}");
                    }
                }
            }
        }

        // A row of Articles carries the story's bodies: a walk that tested the filter on rows read a page or more for
        // every story. Each index walked must hold every column the filter and the state ask about, so that SQLite
        // tests them there and reads a row only for a story the list keeps.
        var problems = new List<string>();
        var filtered = commands.Recorded.Where(c => (c.Text.Contains("LIKE", StringComparison.Ordinal) || c.Text.Contains("HeadlineTrigrams", StringComparison.Ordinal)) && c.Text.Contains("FROM \"Articles\" AS \"a\"", StringComparison.Ordinal)).ToList();
        foreach (var command in filtered)
        {
            var plan = StoreCommands.PlanOf(app.DatabasePath, command);
            output.WriteLine($"{command.Text}\n  -> {string.Join("\n  -> ", plan)}\n");
            var tested = ColumnsTestedOfArticles(command.Text);
            foreach (var step in plan)
            {
                if (step.StartsWith("SCAN a", StringComparison.Ordinal) && !step.Contains("INDEX", StringComparison.Ordinal))
                {
                    problems.Add($"{step}\n   in: {command.Text}");
                }
                else if (WalkedIndex().Match(step) is { Success: true } walk)
                {
                    // A partial index holds only the stories its condition keeps: that column is answered too.
                    var index = walk.Groups["index"].Value;
                    var held = StoreCommands.ColumnsOfIndex(app.DatabasePath, index).Append("Id").Concat(StoreCommands.ConditionColumnsOfIndex(app.DatabasePath, index));
                    problems.AddRange(tested.Except(held).Select(column => $"{step} lacks {column}\n   in: {command.Text}"));
                }
            }
        }

        Assert.True(filtered.Count > 84, "the filtered list's statements were not recorded");
        Assert.Empty(problems);
    }

    /// <summary>
    /// Text SQLite's LIKE cannot fold (past A to Z) is looked up in the headlines' trigram index: compared through the
    /// app's lower-casing, every headline went through it on each look-up, a fifth of a second and more at 100,000.
    /// </summary>
    [Fact]
    public async Task CyrillicTextIsLookedUpInTheHeadlinesTrigramIndexNotLowerCasedHeadlineByHeadline()
    {
        var commands = new StoreCommands();
        using var app = new NewsPortalFactory().WithService<IInterceptor>(commands);
        var editor = await EditorOverAStoryOfEachStatusAsync(app, commands);

        foreach (var state in new[] { "" }.Concat(Enum.GetNames<StoryState>()))
        {
            await editor.GetPageAsync($"/admin?state={state}&q={Uri.EscapeDataString("КИЇВ")}");
        }

        var filtered = commands.Recorded.Where(c => c.Text.Contains("FROM \"Articles\" AS \"a\"", StringComparison.Ordinal)).ToList();
        foreach (var command in filtered)
        {
            var plan = StoreCommands.PlanOf(app.DatabasePath, command);
            output.WriteLine($"{command.Text}\n  -> {string.Join("\n  -> ", plan)}\n");
            Assert.Contains(plan, step => step.StartsWith("SCAN HeadlineTrigrams VIRTUAL TABLE", StringComparison.Ordinal));
            Assert.DoesNotContain(SqliteText.LowerName, command.Text, StringComparison.Ordinal);
        }

        Assert.True(filtered.Count >= 6, "the filtered list's statements were not recorded");
    }

    // Only the list's own statements are recorded from here on.
    private static async Task<HttpClient> EditorOverAStoryOfEachStatusAsync(NewsPortalFactory app, StoreCommands commands)
    {
        foreach (var status in Enum.GetValues<ArticleStatus>())
        {
            await app.AddStoryAsync($"Harbour report, {status}", NewsPortalFactory.SeedEvening.AddHours(-1), status: status);
        }

        // The editor wrote them all, and the draft was sent back to them: the "mine" and "sent back" lists have pages to read.
        var editor = await app.SignedInAsync(Roles.Editor, "desk@example.com");
        await app.WithStoreAsync(async db =>
        {
            var editorsId = await db.Users.Where(u => u.Email == "desk@example.com").Select(u => u.Id).SingleAsync();
            await db.Articles.Where(a => a.Headline.StartsWith("Harbour report")).ExecuteUpdateAsync(s => s.SetProperty(a => a.AuthorId, editorsId));
            return await db.Articles.Where(a => a.Status == ArticleStatus.Draft).ExecuteUpdateAsync(s => s.SetProperty(a => a.SentBack, true));
        });
        await editor.GetPageAsync("/admin");
        commands.Clear();
        return editor;
    }

    // The columns of the story ("a") that the statement's own WHERE clause names: after its FROM, before its ORDER BY.
    private static HashSet<string> ColumnsTestedOfArticles(string statement)
    {
        var from = statement.IndexOf("FROM \"Articles\" AS \"a\"", StringComparison.Ordinal);
        var orderBy = statement.IndexOf("ORDER BY", from, StringComparison.Ordinal);
        var where = statement[from..(orderBy < 0 ? statement.Length : orderBy)];
        return [.. ArticleColumn().Matches(where).Select(m => m.Groups["column"].Value)];
    }

    [GeneratedRegex("^(SCAN|SEARCH) a USING (COVERING )?INDEX (?<index>\\w+)")]
    private static partial Regex WalkedIndex();

    [GeneratedRegex("\"a\"\\.\"(?<column>\\w+)\"")]
    private static partial Regex ArticleColumn();
}
