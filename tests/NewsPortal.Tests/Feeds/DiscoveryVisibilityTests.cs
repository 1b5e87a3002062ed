using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Feeds;
using static NewsPortal.Tests.Feeds.Syndication;

namespace NewsPortal.Tests.Feeds;

/// <summary>Feeds and sitemaps show exactly what the pages show: published stories whose time has come.</summary>
public class DiscoveryVisibilityTests
{
    private static readonly DateTimeOffset Now = NewsPortalFactory.SeedEvening;

    [Fact]
    public async Task AStoryPublishedNowIsOnEverySurfaceOnTheNextRequest()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        await reader.AddressesOnEverySurfaceAsync("umerov");

        var story = await app.AddStoryAsync("Umerov meets Kubilius again", Now, ["umerov"]);

        var surfaces = await reader.AddressesOnEverySurfaceAsync("umerov");
        Assert.All(surfaces, surface => Assert.Contains(AddressOf(story), surface.Value));
        var feed = await reader.GetFeedAsync("/feed.rss");
        Assert.Equal(AddressOf(story), feed.Items.First().Id);
        Assert.Equal(Now, feed.Items.First().PublishDate);
    }

    [Fact]
    public async Task DraftsAndStoriesNotYetDueAreOnNoSurface()
    {
        using var app = new NewsPortalFactory();
        var hidden = new List<Article>
        {
            await app.AddStoryAsync("A draft about Umerov", Now.AddHours(-1), ["umerov", "embargoed"], status: ArticleStatus.Draft),
            await app.AddStoryAsync("A story in review", Now.AddHours(-1), ["umerov", "embargoed"], status: ArticleStatus.InReview),
            await app.AddStoryAsync("A story taken down", Now.AddHours(-1), ["umerov", "embargoed"], status: ArticleStatus.Unpublished),
            await app.AddStoryAsync("A story scheduled for tonight", Now.AddHours(2), ["umerov", "embargoed"]),
        };

        var surfaces = await app.CreateReader().AddressesOnEverySurfaceAsync("umerov");

        Assert.All(surfaces, surface => Assert.All(hidden, story => Assert.DoesNotContain(AddressOf(story), surface.Value)));
        Assert.DoesNotContain($"{Origin}/tags/embargoed", await app.CreateReader().SitemapLocationsAsync());
        // A tag that only hidden stories carry is not there at all, so its name gives nothing away.
        using var hiddenTagFeed = await app.CreateReader().GetAsync(new Uri(FeedUrls.Tag("embargoed", FeedFormat.Rss), UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, hiddenTagFeed.StatusCode);
    }

    [Fact]
    public async Task AScheduledStoryJoinsEverySurfaceAtItsTime()
    {
        using var app = new NewsPortalFactory();
        var scheduled = await app.AddStoryAsync("A story scheduled for tonight", Now.AddHours(2), ["umerov"]);
        var draft = await app.AddStoryAsync("A draft about Umerov", Now.AddHours(-1), ["umerov"], status: ArticleStatus.Draft);

        app.Time.Advance(TimeSpan.FromHours(2));

        var surfaces = await app.CreateReader().AddressesOnEverySurfaceAsync("umerov");
        Assert.All(surfaces, surface => Assert.Contains(AddressOf(scheduled), surface.Value));
        Assert.All(surfaces, surface => Assert.DoesNotContain(AddressOf(draft), surface.Value));
    }

    [Fact]
    public async Task FeedsCarryTheNewestFiftyAndTheNewsSitemapTheNewestThousand()
    {
        using var app = new NewsPortalFactory();
        await app.WithStoreAsync(db => AddManyAsync(db, 1_010));

        var reader = app.CreateReader();
        var rss = await reader.GetFeedAsync("/feed.rss");
        var atom = await reader.GetFeedAsync("/feed.atom");
        var news = await reader.GetXmlAsync("/news-sitemap.xml");

        var newest = Enumerable.Range(1, 50).Select(i => $"Story {i}");
        Assert.Equal(newest, rss.Items.Select(i => i.Title.Text));
        Assert.Equal(newest, atom.Items.Select(i => i.Title.Text));
        var titles = news.Descendants(News + "title").Select(t => t.Value).ToList();
        Assert.Equal(Enumerable.Range(1, 1_000).Select(i => $"Story {i}"), titles);
    }

    // One save for the lot: a thousand stories one by one would make this the slowest test in the project.
    private static async Task<int> AddManyAsync(NewsPortalDbContext db, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            db.Articles.Add(new Article
            {
                Headline = $"Story {i}",
                Slug = $"story-{i}",
                Status = ArticleStatus.Published,
                PublishedAt = Now.UtcDateTime.AddSeconds(-i),
            });
        }

        return await db.SaveChangesAsync();
    }
}
