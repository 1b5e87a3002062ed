using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Admin;

/// <summary>The story list's column headings sort it: newest change first (the default), newest publish time first, headline A–Z.</summary>
public class StoryListSortTests
{
    private static readonly DateTimeOffset Evening = NewsPortalFactory.SeedEvening;

    /// <summary>
    /// Three stories in a different order each way: "Bravo" changed and published last, "Charlie" a draft without a
    /// publish time changed before it, "Alpha" published before "Bravo" and changed first. The seed story is left out
    /// by the text filter.
    /// </summary>
    private static async Task<NewsPortalFactory> NewsroomWithThreeStoriesAsync()
    {
        var app = new NewsPortalFactory();
        await app.AddStoryAsync("Alpha harbour report", Evening.AddHours(-1));
        await app.AddStoryAsync("Bravo harbour report", Evening.AddMinutes(-10));
        await app.AddStoryAsync("Charlie harbour report", Evening, status: ArticleStatus.Draft);
        await app.WithStoreAsync(async db =>
        {
            await db.Articles.Where(a => a.Headline == "Charlie harbour report").ExecuteUpdateAsync(set => set
                .SetProperty(a => a.PublishedAt, (DateTime?)null).SetProperty(a => a.UpdatedAt, Evening.UtcDateTime.AddHours(-2)));
            await db.Articles.Where(a => a.Headline == "Alpha harbour report").ExecuteUpdateAsync(set => set.SetProperty(a => a.UpdatedAt, Evening.UtcDateTime.AddHours(-3)));
            return await db.Articles.Where(a => a.Headline == "Bravo harbour report").ExecuteUpdateAsync(set => set.SetProperty(a => a.UpdatedAt, Evening.UtcDateTime.AddHours(-1)));
        });
        return app;
    }

    private static List<string> Headlines(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child").Select(cell => cell.Text()).Where(text => text.Contains("harbour", StringComparison.Ordinal)).ToList();

    [Theory]
    [InlineData("/admin?q=harbour", new[] { "Bravo", "Charlie", "Alpha" })]
    [InlineData("/admin?q=harbour&sort=published", new[] { "Bravo", "Alpha", "Charlie" })]
    [InlineData("/admin?q=harbour&sort=headline", new[] { "Alpha", "Bravo", "Charlie" })]
    [InlineData("/admin?q=harbour&sort=HEADLINE", new[] { "Alpha", "Bravo", "Charlie" })]
    public async Task EachOrderListsTheStoriesItsWay(string url, string[] expected)
    {
        using var app = await NewsroomWithThreeStoriesAsync();
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await editor.GetPageAsync(url);

        Assert.Equal(expected.Select(word => $"{word} harbour report"), Headlines(page));
    }

    [Fact]
    public async Task ByPublishTimeStoriesWithoutOneComeLastNewestFirst()
    {
        using var app = await NewsroomWithThreeStoriesAsync();
        await app.AddStoryAsync("Delta harbour report", Evening, status: ArticleStatus.InReview);
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Headline == "Delta harbour report")
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.PublishedAt, (DateTime?)null).SetProperty(a => a.UpdatedAt, Evening.UtcDateTime.AddDays(-1))));
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await editor.GetPageAsync("/admin?q=harbour&sort=published");

        Assert.Equal(["Bravo harbour report", "Alpha harbour report", "Delta harbour report", "Charlie harbour report"], Headlines(page));
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("")]
    [InlineData("published%00")]
    [InlineData("<script>")]
    public async Task AnUnknownSortGetsTheDefaultOrder(string sort)
    {
        using var app = await NewsroomWithThreeStoriesAsync();
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await editor.GetPageAsync($"/admin?q=harbour&sort={sort}");

        Assert.Equal(["Bravo harbour report", "Charlie harbour report", "Alpha harbour report"], Headlines(page));
        Assert.Equal("descending", page.QuerySelector("th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Equal("Last change", page.QuerySelector("th[aria-sort]")!.Text().TrimEnd('↓', ' '));
    }

    [Theory]
    [InlineData("", "Last change", "descending")]
    [InlineData("published", "Published", "descending")]
    [InlineData("headline", "Headline", "ascending")]
    public async Task OnlyTheSortedHeadingSaysSoAndShowsAnArrow(string sort, string heading, string direction)
    {
        using var app = await NewsroomWithThreeStoriesAsync();
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await editor.GetPageAsync($"/admin?sort={sort}");

        var sorted = Assert.Single(page.QuerySelectorAll("thead th[aria-sort]"));
        Assert.Equal(direction, sorted.GetAttribute("aria-sort"));
        Assert.Equal(heading, sorted.QuerySelector("a")!.ChildNodes[0].TextContent);
        Assert.Equal(direction == "ascending" ? "↑" : "↓", sorted.QuerySelector(".sort-link__arrow[aria-hidden=true]")!.Text());
        Assert.Equal(3, page.QuerySelectorAll("thead th a.sort-link[href]").Length);
        Assert.Single(page.QuerySelectorAll("thead .sort-link__arrow"));
    }

    [Fact]
    public async Task SortLinksKeepTheFiltersAndStartAtTheFirstPage()
    {
        using var app = await NewsroomWithThreeStoriesAsync();
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await editor.GetPageAsync("/admin?state=Published&q=harbour&sort=published&page=1");

        var links = page.QuerySelectorAll("thead a.sort-link").ToDictionary(link => link.ChildNodes[0].TextContent, link => link.GetAttribute("href"));
        Assert.Equal("/admin?state=Published&q=harbour&sort=headline", links["Headline"]);
        Assert.Equal("/admin?state=Published&q=harbour&sort=published", links["Published"]);
        Assert.Equal("/admin?state=Published&q=harbour", links["Last change"]);
    }

    [Fact]
    public async Task TheFilterFormKeepsTheSort()
    {
        using var app = await NewsroomWithThreeStoriesAsync();
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await editor.GetPageAsync("/admin?sort=headline");

        Assert.Equal("headline", page.QuerySelector("form.filter-form input[type=hidden][name=sort]")?.GetAttribute("value"));
        Assert.Null((await editor.GetPageAsync("/admin")).QuerySelector("form.filter-form input[name=sort]"));
    }

    [Fact]
    public async Task ThePagerKeepsTheSortAndTheFilters()
    {
        using var app = new NewsPortalFactory();
        for (var i = 1; i <= NewsroomQueries.PageSize + 2; i++)
        {
            await app.AddStoryAsync($"Harbour report {i:D2}", Evening.AddMinutes(-i));
        }

        var editor = await app.SignedInAsync(Roles.Editor);

        var first = await editor.GetPageAsync("/admin?state=Published&q=harbour&sort=headline");
        var next = first.QuerySelector(".pager a[rel=next]")!;
        Assert.Equal("/admin?state=Published&q=harbour&sort=headline&page=2", next.GetAttribute("href"));
        Assert.Equal("Next →", next.Text());
        var second = await editor.GetPageAsync(next.GetAttribute("href")!);

        Assert.Equal(["Harbour report 01", "Harbour report 02", "Harbour report 03", "Harbour report 04", "Harbour report 05"], first.QuerySelectorAll("tbody tr td:first-child").Take(5).Select(cell => cell.Text()));
        Assert.Equal(["Harbour report 26", "Harbour report 27"], second.QuerySelectorAll("tbody tr td:first-child").Select(cell => cell.Text()));
        Assert.Equal("/admin?state=Published&q=harbour&sort=headline", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("ascending", second.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task ByPublishTimeThePagesRunOnPastTheLastPublishedStoryIntoTheDrafts()
    {
        using var app = new NewsPortalFactory();
        for (var i = 1; i <= NewsroomQueries.PageSize; i++)
        {
            await app.AddStoryAsync($"Harbour report {i:D2}", Evening.AddMinutes(-i));
        }

        await app.AddStoryAsync("Harbour draft", Evening, status: ArticleStatus.Draft);
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Headline == "Harbour draft").ExecuteUpdateAsync(set => set.SetProperty(a => a.PublishedAt, (DateTime?)null)));
        var editor = await app.SignedInAsync(Roles.Editor);

        var first = await editor.GetPageAsync("/admin?q=harbour&sort=published");
        var second = await editor.GetPageAsync("/admin?q=harbour&sort=published&page=2");

        Assert.Equal("Harbour report 01", first.QuerySelector("tbody tr td:first-child")!.Text());
        Assert.Equal("Harbour report 25", first.QuerySelector("tbody tr:last-child td:first-child")!.Text());
        Assert.Equal(["Harbour draft"], second.QuerySelectorAll("tbody tr td:first-child").Select(cell => cell.Text()));
        Assert.Equal("26 stories", second.Text(".listing__count"));
    }

    [Fact]
    public async Task ASortedListPastItsLastPageIsANotFoundPage()
    {
        using var app = await NewsroomWithThreeStoriesAsync();
        var editor = await app.SignedInAsync(Roles.Editor);

        await editor.GetPageAsync("/admin?sort=published&page=9", HttpStatusCode.NotFound);
    }
}
