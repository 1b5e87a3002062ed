using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Feeds;
using static NewsPortal.Tests.Feeds.Syndication;

namespace NewsPortal.Tests.Feeds;

public class SitemapTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task RobotsTxtAllowsAllButTheAdminAreaAndPointsToTheSitemaps()
    {
        using var response = await app.CreateReader().GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["User-agent: *", "Disallow: /admin", "Allow: /", "Sitemap: http://localhost/sitemap.xml", "Sitemap: http://localhost/news-sitemap.xml"],
            lines);
    }

    [Fact]
    public async Task FeedsAndSitemapsUseThePublicAddressWhenOneIsSet()
    {
        using var site = new NewsPortalFactory().With("Newsroom:PublicUrl", "https://news.example.com/");
        var reader = site.CreateReader();

        var robots = await reader.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        var sitemap = await reader.SitemapLocationsAsync();
        var feed = await reader.GetFeedAsync("/feed.atom");

        Assert.Contains("Sitemap: https://news.example.com/sitemap.xml\n", robots, StringComparison.Ordinal);
        Assert.All(sitemap, loc => Assert.StartsWith("https://news.example.com/", loc, StringComparison.Ordinal));
        Assert.All(feed.Items, item => Assert.StartsWith("https://news.example.com/articles/", item.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSitemapListsTheFrontPageLatestTagPagesAndEveryPublishedStory()
    {
        var now = NewsPortalFactory.SeedEvening.UtcDateTime;
        var published = await app.WithStoreAsync(db => db.Articles.PublishedBy(now).Select(a => Urls.Article(a.Id, a.Slug)).ToListAsync());
        var sections = (await app.WithStoreAsync(db => db.Articles.PublishedBy(now).Where(a => a.Section != null).Select(a => a.Section!).Distinct().ToListAsync()))
            .Select(Urls.Section);

        var sitemap = await app.CreateReader().GetXmlAsync("/sitemap.xml");

        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Sitemap + "url").ToList();
        Assert.All(urls, url => Assert.StartsWith(Origin + "/", url.Element(Sitemap + "loc")?.Value, StringComparison.Ordinal));
        var locations = urls.Select(url => url.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(locations.Distinct(), locations);
        Assert.Equal(
            new[] { "/", "/latest", "/tags/kubilius", "/tags/umerov" }.Concat(sections).Concat(published).Select(path => Origin + path).Order(StringComparer.Ordinal),
            locations.Order(StringComparer.Ordinal));
        Assert.All(urls.Where(url => url.Element(Sitemap + "loc")!.Value.Contains("/articles/", StringComparison.Ordinal)),
            url => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", url.Element(Sitemap + "lastmod")?.Value));
    }

    [Fact]
    public async Task TagsThatOnlyDraftsOrScheduledStoriesCarryAreLeftOut()
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("Budget draft", NewsPortalFactory.SeedEvening.AddHours(-1), ["budget leak"], status: ArticleStatus.Draft);
        await fresh.AddStoryAsync("Tomorrow's visit", NewsPortalFactory.SeedEvening.AddDays(1), ["state visit"]);
        await fresh.AddStoryAsync("Budget vote", NewsPortalFactory.SeedEvening.AddHours(-2), ["umerov", "budget vote"]);

        var locations = (await fresh.CreateReader().GetXmlAsync("/sitemap.xml")).Descendants(Sitemap + "loc").Select(loc => loc.Value).ToList();

        Assert.Contains(Origin + "/tags/budget-vote", locations);
        Assert.Equal(1, locations.Count(loc => loc == Origin + "/tags/umerov"));
        Assert.DoesNotContain(locations, loc => loc.EndsWith("/tags/budget-leak", StringComparison.Ordinal) || loc.EndsWith("/tags/state-visit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSeedStoryIsInTheSitemapWithItsTimeAsLastModified()
    {
        var seed = await app.SeedStoryAsync();

        var sitemap = await app.CreateReader().GetXmlAsync("/sitemap.xml");

        var url = Assert.Single(sitemap.Descendants(Sitemap + "url"), u => u.Element(Sitemap + "loc")?.Value == AddressOf(seed));
        Assert.Equal("2025-03-07T14:27:00Z", url.Element(Sitemap + "lastmod")?.Value);
    }

    [Fact]
    public async Task StoriesWithoutAWireTimeGiveNoEstimateAwayAsLastModified()
    {
        var estimated = await app.WithStoreAsync(db => db.Articles.AsNoTracking().Where(a => a.PublishedAtIsEstimate).ToListAsync());

        var sitemap = await app.CreateReader().GetXmlAsync("/sitemap.xml");

        Assert.NotEmpty(estimated);
        Assert.All(estimated, story =>
        {
            var url = Assert.Single(sitemap.Descendants(Sitemap + "url"), u => u.Element(Sitemap + "loc")?.Value == AddressOf(story));
            Assert.NotEqual(SitemapWriter.W3cTime(story.PublishedAt!.Value), url.Element(Sitemap + "lastmod")?.Value);
        });
    }

    [Fact]
    public async Task PastTheLimitTheSitemapBecomesAnIndexOfNumberedSitemaps()
    {
        using var small = new SmallSitemapsFactory();
        var reader = small.CreateReader();
        var published = await small.WithStoreAsync(db => db.Articles.PublishedBy(NewsPortalFactory.SeedEvening.UtcDateTime).ToListAsync());
        var count = published.Count + 4 + published.Select(a => a.Section).OfType<string>().Distinct().Count();

        var index = await reader.GetXmlAsync("/sitemap.xml");

        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var pages = index.Root.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        var expectedPages = (count + SmallSitemapsFactory.UrlsPerSitemap - 1) / SmallSitemapsFactory.UrlsPerSitemap;
        Assert.Equal(Enumerable.Range(1, expectedPages).Select(n => $"{Origin}/sitemaps/{n}.xml"), pages);
        var locations = new List<string>();
        foreach (var page in pages)
        {
            var urlset = await reader.GetXmlAsync(page);
            Assert.Equal(Sitemap + "urlset", urlset.Root!.Name);
            var urls = urlset.Root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
            Assert.InRange(urls.Count, 1, SmallSitemapsFactory.UrlsPerSitemap);
            locations.AddRange(urls);
        }

        using var whole = new NewsPortalFactory();
        Assert.Equal(await whole.CreateReader().SitemapLocationsAsync(), locations);
        await reader.GetPageAsync($"/sitemaps/{expectedPages + 1}.xml", HttpStatusCode.NotFound);
        await reader.GetPageAsync("/sitemaps/0.xml", HttpStatusCode.NotFound);
        // One address per file: no second spelling of a number.
        foreach (var other in new[] { "/sitemaps/01.xml", "/sitemaps/+1.xml", "/sitemaps/%201.xml" })
        {
            await reader.GetPageAsync(other, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task TheNewsSitemapListsStoriesOfTheLastTwoDaysInGoogleNewsFormat()
    {
        var seed = await app.SeedStoryAsync();
        var old = await app.AddStoryAsync("A story from three days ago", NewsPortalFactory.SeedEvening.AddDays(-3));

        var news = await app.CreateReader().GetXmlAsync("/news-sitemap.xml");

        Assert.Equal(Sitemap + "urlset", news.Root!.Name);
        var urls = news.Root.Elements(Sitemap + "url").ToList();
        Assert.All(urls, url =>
        {
            var story = url.Element(News + "news")!;
            Assert.Equal("NewsPortal", story.Element(News + "publication")?.Element(News + "name")?.Value);
            Assert.Equal("en", story.Element(News + "publication")?.Element(News + "language")?.Value);
            var published = DateTimeOffset.Parse(story.Element(News + "publication_date")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(published, NewsPortalFactory.SeedEvening.AddHours(-48), NewsPortalFactory.SeedEvening);
            Assert.False(string.IsNullOrWhiteSpace(story.Element(News + "title")?.Value));
        });
        var seedUrl = Assert.Single(urls, u => u.Element(Sitemap + "loc")?.Value == AddressOf(seed));
        Assert.Equal("2025-03-07T14:27:00Z", seedUrl.Element(News + "news")?.Element(News + "publication_date")?.Value);
        Assert.Equal(SeedHeadline, seedUrl.Element(News + "news")?.Element(News + "title")?.Value);
        Assert.DoesNotContain(AddressOf(old), urls.Select(u => u.Element(Sitemap + "loc")?.Value));
    }

    [Fact]
    public async Task TheNewsSitemapNeverListsStoriesWithEstimatedTimes()
    {
        var estimated = await app.WithStoreAsync(db => db.Articles.Where(a => a.PublishedAtIsEstimate).ToListAsync());

        var news = await app.CreateReader().GetXmlAsync("/news-sitemap.xml");

        Assert.NotEmpty(estimated);
        var locations = news.Descendants(Sitemap + "loc").Select(loc => loc.Value).ToList();
        Assert.All(estimated, story => Assert.DoesNotContain(AddressOf(story), locations));
    }
}
