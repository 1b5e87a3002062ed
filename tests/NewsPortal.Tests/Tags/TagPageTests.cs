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
        using var response = await app.CreateReader().GetAsync(new Uri("/tags/Umerov?page=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/tags/umerov?page=1", response.Headers.Location?.OriginalString);
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
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999999")]
    [InlineData("%00")]
    public async Task BadPageNumbersGetABadRequestPageWithAReason(string pageNumber)
    {
        foreach (var list in new[] { "/tags/umerov", "/latest" })
        {
            var page = await app.CreateReader().GetPageAsync($"{list}?page={pageNumber}", HttpStatusCode.BadRequest);

            Assert.Equal("The page number must be a whole number from 1 up, as in ?page=2.", page.Text(".status-page__message"));
        }
    }

    [Fact]
    public async Task APagePastTheEndIsNotFoundNotASilentFirstPage()
    {
        var page = await app.CreateReader().GetPageAsync("/tags/umerov?page=2", HttpStatusCode.NotFound);

        Assert.Equal("There is no page 2 of this list.", page.Text(".status-page__message"));
        await app.CreateReader().GetPageAsync("/tags/umerov?page=1");
    }

    [Fact]
    public async Task TagPagesAndLatestShowTwentyStoriesAPage()
    {
        using var big = new NewsPortalFactory();
        for (var i = 1; i <= 30; i++)
        {
            await big.AddStoryAsync($"Umerov story {i}", NewsPortalFactory.SeedEvening.AddMinutes(-i), ["umerov"]);
        }

        var reader = big.CreateReader();
        var first = await reader.GetPageAsync("/tags/umerov");
        var second = await reader.GetPageAsync("/tags/umerov?page=2");

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"Umerov story {i}"), first.Texts("main ol li a"));
        Assert.Equal("/tags/umerov?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(20, second.Texts("main ol li a").Count); // 41 stories: 30 new, the seed and its 10 MORE ABOUT briefs
        Assert.Equal("/tags/umerov", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("Page 2 of 3", second.Text(".pager__status"));
        await reader.GetPageAsync("/tags/umerov?page=3");
        await reader.GetPageAsync("/tags/umerov?page=4", HttpStatusCode.NotFound);

        var latest = await reader.GetPageAsync("/latest?page=3");
        Assert.Equal(11, latest.Texts("main ol li a").Count); // 30 + 1 seed + 20 briefs = 51 stories
        await reader.GetPageAsync("/latest?page=4", HttpStatusCode.NotFound);
    }
}
