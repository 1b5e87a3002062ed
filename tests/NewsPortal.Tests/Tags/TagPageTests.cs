using System.Net;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Tags;

public class TagPageTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task TagPageListsItsStoriesNewestFirst()
    {
        var seed = SeedFile.Parse();

        var page = await app.CreateReader().GetPageAsync("/tags/umerov");

        Assert.Equal("#umerov", page.Text("h1"));
        Assert.Equal([seed.Headline, .. seed.MoreAbout.Select(b => b.Headline)], page.Texts("main li a"));
        Assert.Equal("11 stories", page.Text(".listing__count"));
        Assert.Null(page.QuerySelector(".pager"));
    }

    // The count stops past Newsroom:CountLimit: counting a tag on tens of thousands of stories cost more than its page.
    [Fact]
    public async Task PastTheCountLimitATagPageSaysMoreThan()
    {
        using var limited = new NewsPortalFactory().With("Newsroom:CountLimit", "10");
        var over = await limited.CreateReader().GetPageAsync("/tags/umerov");
        Assert.Equal("More than 10 stories", over.Text(".listing__count"));
        Assert.Equal(11, over.Texts("main li a").Count);

        using var exact = new NewsPortalFactory().With("Newsroom:CountLimit", "11");
        Assert.Equal("11 stories", (await exact.CreateReader().GetPageAsync("/tags/umerov")).Text(".listing__count"));
    }

    [Fact]
    public async Task ATagOnlyDraftsCarryIsNotShown()
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("Secret merger talks", NewsPortalFactory.SeedEvening.AddHours(-1), ["merger"], status: NewsPortal.Web.Articles.ArticleStatus.Draft);

        await fresh.CreateReader().GetPageAsync("/tags/merger", HttpStatusCode.NotFound);
        using var feed = await fresh.CreateReader().GetAsync(new Uri("/tags/merger/feed.rss", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
    }

    [Fact]
    public async Task StoryTagsLinkToTheirPages()
    {
        var page = await app.CreateReader().GetPageAsync("/tags/kubilius");

        Assert.Equal(["Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products"], page.Texts("main li a"));
    }

    [Fact]
    public async Task ATagAddressInOtherLetterCaseMovesToTheCanonicalOne()
    {
        using var response = await app.CreateReader().GetAsync(new Uri("/tags/Umerov?before=2025-03-07T12:00:00Z_5", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/tags/umerov?before=2025-03-07T12:00:00Z_5", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/tags/nope")]
    [InlineData("/tags/%2e%2e%2f%2e%2e%2fetc")]
    [InlineData("/tags/umerov/extra")]
    public async Task UnknownTagsGetTheNotFoundPage(string url)
    {
        await app.CreateReader().GetPageAsync(url, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("before=0")]
    [InlineData("before=abc")]
    [InlineData("before=2025-03-07T12:00:00Z")]
    [InlineData("before=2025-03-07T12:00:00Z_-1")]
    [InlineData("before=2025-13-40T12:00:00Z_5")]
    [InlineData("before=9999999999999999999999_5")]
    [InlineData("after=%00")]
    [InlineData("before=2025-03-07T12:00:00Z_5%00")]
    [InlineData("before=2025-03-07T12:00:00Z_05")]
    [InlineData("before=2025-03-07T12:00:00.000Z_5")]
    [InlineData("before=2025-03-07T12:00:00Z_5&after=2025-03-07T12:00:00Z_5")]
    public async Task BadListLinksGetABadRequestPageWithAReason(string query)
    {
        foreach (var list in new[] { "/tags/umerov", "/latest", "/sections/facts" })
        {
            var page = await app.CreateReader().GetPageAsync($"{list}?{query}", HttpStatusCode.BadRequest);

            Assert.Equal("This link to older or newer stories is not valid; start again from the first page of the list.", page.Text(".status-page__message"));
        }
    }

    [Fact]
    public async Task APositionPastTheEndIsNotFoundNotASilentFirstPage()
    {
        var page = await app.CreateReader().GetPageAsync("/tags/umerov?before=2000-01-01T00:00:00Z_1", HttpStatusCode.NotFound);

        Assert.Equal("This list has no stories past that point; it may have changed since the link was made.", page.Text(".status-page__message"));
    }

    // Newer from a page whose stories above were all taken down: there is nothing newer, and the top is where it leads.
    [Theory]
    [InlineData("/latest")]
    [InlineData("/tags/umerov")]
    [InlineData("/sections/facts")]
    public async Task NewerPastTheNewestStoryLeadsToTheFirstPage(string list)
    {
        using var response = await app.CreateReader().GetAsync(new Uri($"{list}?after=2100-01-01T00:00:00Z_1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(list, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TagPagesAndLatestShowTwentyStoriesAPageAndPageBothWays()
    {
        using var big = new NewsPortalFactory();
        for (var i = 1; i <= 30; i++)
        {
            await big.AddStoryAsync($"Umerov story {i}", NewsPortalFactory.SeedEvening.AddMinutes(-i), ["umerov"]);
        }

        var reader = big.CreateReader();
        var first = await reader.GetPageAsync("/tags/umerov");
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"Umerov story {i}"), first.Texts("main ol li a"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal("41 stories", first.Text(".listing__count")); // 30 new, the seed and its 10 MORE ABOUT briefs

        var second = await reader.GetPageAsync(Older(first));
        var secondTitles = second.Texts("main ol li a");
        Assert.Equal(20, secondTitles.Count);
        Assert.Equal(Enumerable.Range(21, 10).Select(i => $"Umerov story {i}"), secondTitles.Take(10));
        Assert.Equal("#umerov, continued — NewsPortal", second.Title);

        var third = await reader.GetPageAsync(Older(second));
        Assert.Single(third.Texts("main ol li a"));
        Assert.Null(third.QuerySelector(".pager a[rel=next]"));

        var backToSecond = await reader.GetPageAsync(Newer(third));
        Assert.Equal(secondTitles, backToSecond.Texts("main ol li a"));
        using var backToFirst = await reader.GetAsync(new Uri(Newer(backToSecond), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Found, backToFirst.StatusCode);
        Assert.Equal("/tags/umerov", backToFirst.Headers.Location?.OriginalString);

        // 30 + 1 seed + 20 briefs = 51 stories: 20, 20, 11, every one once.
        var seen = new List<string>();
        for (var page = await reader.GetPageAsync("/latest"); ; page = await reader.GetPageAsync(Older(page)))
        {
            seen.AddRange(page.Texts("main ol li a"));
            if (page.QuerySelector(".pager a[rel=next]") is null)
            {
                break;
            }
        }

        Assert.Equal(51, seen.Count);
        Assert.Equal(51, seen.Distinct().Count());
    }

    // The top of a list is read as "older than the instant after now": the first page and every later one are the
    // same statements, so the 500th page costs what the first does.
    [Fact]
    public async Task AListsFirstPageAndLaterPagesAreReadByTheSameStatements()
    {
        var commands = new StoreCommands();
        using var big = new NewsPortalFactory().With("OutputCache:Enabled", "false")
            .WithService<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(commands);
        for (var i = 1; i <= 25; i++)
        {
            await big.AddStoryAsync($"Umerov story {i}", NewsPortalFactory.SeedEvening.AddMinutes(-i), ["umerov"]);
        }

        var reader = big.CreateReader();
        foreach (var list in new[] { "/tags/umerov", "/latest" })
        {
            var first = await reader.GetPageAsync(list);
            commands.Clear();
            await reader.GetPageAsync(list);
            var firstPageStatements = commands.Recorded.Select(command => command.Text).ToList();
            commands.Clear();
            await reader.GetPageAsync(Older(first));

            Assert.NotEmpty(firstPageStatements);
            Assert.Equal(firstPageStatements, commands.Recorded.Select(command => command.Text));
        }
    }

    private static string Older(AngleSharp.Dom.IDocument page) => page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;

    private static string Newer(AngleSharp.Dom.IDocument page) => page.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")!;
}
