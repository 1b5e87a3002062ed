using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Feeds;
using static NewsPortal.Tests.Feeds.Syndication;

namespace NewsPortal.Tests.Feeds;

public class FeedTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Theory]
    [InlineData("/feed.rss", "NewsPortal", "http://localhost/")]
    [InlineData("/tags/umerov/feed.rss", "NewsPortal #umerov", "http://localhost/tags/umerov")]
    [InlineData("/sections/facts/feed.rss", "NewsPortal: Facts", "http://localhost/sections/facts")]
    public async Task RssFeedsHaveTheRequiredChannelAndItemElements(string url, string title, string link)
    {
        var rss = await app.CreateReader().GetXmlAsync(url, "application/rss+xml");

        Assert.Equal("2.0", rss.Root!.Attribute("version")?.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.Equal(title, channel.Element("title")?.Value);
        Assert.Equal(link, channel.Element("link")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("description")?.Value));
        Assert.Equal("en", channel.Element("language")?.Value);
        var self = channel.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "self");
        Assert.Equal(Origin + url, self.Attribute("href")?.Value);
        Assert.Equal("application/rss+xml", self.Attribute("type")?.Value);
        var items = channel.Elements("item").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")?.Value));
            Assert.StartsWith(Origin + "/articles/", item.Element("link")?.Value, StringComparison.Ordinal);
            Assert.Equal(item.Element("link")?.Value, item.Element("guid")?.Value);
        });
    }

    [Theory]
    [InlineData("/feed.atom", "NewsPortal")]
    [InlineData("/tags/kubilius/feed.atom", "NewsPortal #kubilius")]
    [InlineData("/sections/facts/feed.atom", "NewsPortal: Facts")]
    public async Task AtomFeedsHaveTheRequiredFeedAndEntryElements(string url, string title)
    {
        var atom = await app.CreateReader().GetXmlAsync(url, "application/atom+xml");

        var feed = atom.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("en", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.StartsWith(Origin + "/", feed.Element(Atom + "id")?.Value, StringComparison.Ordinal);
        Assert.Equal(title, feed.Element(Atom + "title")?.Value);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", feed.Element(Atom + "updated")?.Value);
        Assert.Equal("NewsPortal", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            var id = entry.Element(Atom + "id")?.Value;
            Assert.StartsWith(Origin + "/articles/", id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", entry.Element(Atom + "updated")?.Value);
            Assert.Equal(id, entry.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "alternate").Attribute("href")?.Value);
        });
    }

    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    public async Task TheSeedStoryIsInTheFeedWithItsTimeTagsSummaryAndBody(string url)
    {
        var seed = await app.SeedStoryAsync();

        var feed = await app.CreateReader().GetFeedAsync(url);

        var item = Assert.Single(feed.Items, i => i.Id == AddressOf(seed));
        Assert.Equal(SeedHeadline, item.Title.Text);
        Assert.Equal(AddressOf(seed), item.Links.Single(l => l.RelationshipType is null or "alternate").Uri.AbsoluteUri);
        Assert.Equal(SeedTime, item.PublishDate);
        Assert.Equal(["umerov", "kubilius"], item.Categories.Select(c => c.Name));
        Assert.Equal(seed.Summary, item.Summary.Text);
        Assert.Equal(seed.BodyHtml, BodyOf(item));
    }

    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    public async Task AStorysPhotoLeadsItsFeedItemWithItsCaptionAndCredit(string url)
    {
        using var fresh = new NewsPortalFactory();
        var story = await fresh.AddStoryAsync("Kyiv under the lights", NewsPortalFactory.SeedEvening.AddHours(-1), body: "The city lit up.");
        await fresh.WithStoreAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == story.Id);
            (stored.Photo.ImageUrl, stored.Photo.AltText, stored.Photo.Caption) = ("/media/street.jpg", "Вулиця вночі & <ліхтарі>", "A street in Kyiv");
            (stored.Photo.CreditText, stored.Photo.CreditUrl) = ("Olena K.", "https://example.org/olena?a=1&b=2");
            return await db.SaveChangesAsync();
        });

        var feed = await fresh.CreateReader().GetFeedAsync(url);

        var html = BodyOf(Assert.Single(feed.Items, item => item.Id == AddressOf(story)));
        var content = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!;
        var figure = content.FirstElementChild!;
        Assert.Equal("FIGURE", figure.TagName);
        Assert.Equal(Origin + "/media/street.jpg", figure.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("Вулиця вночі & <ліхтарі>", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("A street in Kyiv Photo: Olena K.", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("https://example.org/olena?a=1&b=2", figure.QuerySelector("figcaption a")!.GetAttribute("href"));
        Assert.Equal("The city lit up.", content.QuerySelector("figure + p")?.TextContent);
        Assert.Contains("Вулиця", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    public async Task AVideoPlaysOnItsStorysPageAndIsALinkWithItsTitleInItsFeedItem(string url)
    {
        using var fresh = new NewsPortalFactory();
        var story = await fresh.AddStoryAsync("The minister's briefing", NewsPortalFactory.SeedEvening.AddHours(-1),
            body: "The minister spoke.\n\n[The briefing in full](https://youtu.be/dQw4w9WgXcQ)\n\nQuestions followed.");
        var reader = fresh.CreateReader();

        var page = await reader.GetPageAsync(Urls.Article(story.Id, story.Slug));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", page.QuerySelector(".story__body figure.video iframe")?.GetAttribute("src"));

        var html = BodyOf(Assert.Single((await reader.GetFeedAsync(url)).Items, item => item.Id == AddressOf(story)));
        var content = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!;
        Assert.Empty(content.QuerySelectorAll("iframe"));
        var link = Assert.Single(content.QuerySelectorAll("figure a"));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", link.GetAttribute("href"));
        Assert.Equal("The briefing in full (YouTube)", link.TextContent);
        Assert.Equal(["The minister spoke.", "Questions followed."], content.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    public async Task AFootnoteInAFeedItemLeadsToTheNoteOnItsStorysPage(string url)
    {
        using var fresh = new NewsPortalFactory();
        var story = await fresh.AddStoryAsync("The budget in figures", NewsPortalFactory.SeedEvening.AddHours(-1),
            body: "Spending rose by a tenth.[^1]\n\n[^1]: Against the budget as first passed.");

        var html = BodyOf(Assert.Single((await fresh.CreateReader().GetFeedAsync(url)).Items, item => item.Id == AddressOf(story)));

        // The feed's base is the site: "#fn:1" alone would open the front page.
        var content = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!;
        Assert.Equal([AddressOf(story) + "#fn:1", AddressOf(story) + "#fnref:1"], content.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    public async Task LinksAndPicturesARelativeAddressNamesInABodyAreWholeInItsFeedItem(string url)
    {
        using var fresh = new NewsPortalFactory();
        var story = await fresh.AddStoryAsync("The budget in figures", NewsPortalFactory.SeedEvening.AddHours(-1),
            body: "More [under the tag](/tags/umerov), in [the tables](tables) and [elsewhere](https://example.com/budget).\n\n![The chart](/media/chart.png)");

        var html = BodyOf(Assert.Single((await fresh.CreateReader().GetFeedAsync(url)).Items, item => item.Id == AddressOf(story)));

        // Read as the story's page reads them: "tables" is beside the story, as a browser on its page would take it.
        var content = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!;
        var storyFolder = AddressOf(story)[..(AddressOf(story).LastIndexOf('/') + 1)];
        Assert.Equal(
            [Origin + "/tags/umerov", storyFolder + "tables", "https://example.com/budget"],
            content.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal([Origin + "/media/chart.png"], content.QuerySelectorAll("img").Select(img => img.GetAttribute("src")));
    }

    [Fact]
    public async Task FeedTimesAreWrittenInTheirRfcFormats()
    {
        var seed = await app.SeedStoryAsync();
        var reader = app.CreateReader();

        var rss = await reader.GetXmlAsync("/feed.rss", "application/rss+xml");
        var rssItem = rss.Descendants("item").Single(i => i.Element("guid")?.Value == AddressOf(seed));
        var atomEntry = (await reader.GetXmlAsync("/feed.atom", "application/atom+xml")).Descendants(Atom + "entry").Single(e => e.Element(Atom + "id")?.Value == AddressOf(seed));

        // RFC 2822 calls letter zones ("Z", "GMT") obsolete, and some readers fail on them: UTC is "+0000".
        Assert.Equal("Fri, 07 Mar 2025 14:27:00 +0000", rssItem.Element("pubDate")?.Value);
        var lastBuildDate = rss.Root!.Element("channel")!.Elements("lastBuildDate").Single().Value;
        Assert.True(
            DateTime.TryParseExact(lastBuildDate, "ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"lastBuildDate \"{lastBuildDate}\" is not an RFC 822 time in +0000");
        Assert.Equal("2025-03-07T14:27:00Z", atomEntry.Element(Atom + "published")?.Value);
        Assert.Equal("2025-03-07T14:27:00Z", atomEntry.Element(Atom + "updated")?.Value);
    }

    [Fact]
    public async Task AFeedIsAsNewAsTheNewestChangeToItsStories()
    {
        // A correction made after publication is the story's newest change, and as new as any in the store.
        var now = app.Time.GetUtcNow();
        var edited = await app.AddStoryAsync("A story corrected two hours after it ran", now.AddHours(-2));
        var correctedAt = now.UtcDateTime;
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Id == edited.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.UpdatedAt, correctedAt)));
        var reader = app.CreateReader();

        var atom = await reader.GetFeedAsync("/feed.atom");
        var rss = await reader.GetFeedAsync("/feed.rss");

        var newestEntry = atom.Items.Max(entry => entry.LastUpdatedTime);
        Assert.Equal(atom.Items.Single(entry => entry.Id == AddressOf(edited)).LastUpdatedTime, newestEntry);
        Assert.Equal(newestEntry, atom.LastUpdatedTime);
        Assert.Equal(newestEntry, rss.LastUpdatedTime);
    }

    [Fact]
    public async Task HeadlinesListedWithoutAWireTimeAreLeftOutOfFeeds()
    {
        var estimated = await app.WithStoreAsync(db => db.Articles.AsNoTracking().Where(a => a.PublishedAtIsEstimate).Select(a => a.Headline).ToListAsync());
        Assert.NotEmpty(estimated);
        var reader = app.CreateReader();

        foreach (var url in new[] { "/feed.rss", "/feed.atom", "/tags/umerov/feed.rss", "/tags/umerov/feed.atom" })
        {
            var feed = await reader.GetFeedAsync(url);

            Assert.NotEmpty(feed.Items);
            Assert.Empty(feed.Items.Select(item => item.Title.Text).Intersect(estimated));
            Assert.All(feed.Items, item => Assert.NotEqual(default, item.PublishDate));
        }
    }

    [Fact]
    public async Task TagFeedsCarryOnlyStoriesWithThatTag()
    {
        await app.AddStoryAsync("Kubilius visits Kyiv", NewsPortalFactory.SeedEvening.AddMinutes(-5), ["kubilius"]);
        await app.AddStoryAsync("Weather turns warm", NewsPortalFactory.SeedEvening.AddMinutes(-4), ["weather"]);
        var reader = app.CreateReader();

        foreach (var format in new[] { FeedFormat.Rss, FeedFormat.Atom })
        {
            var feed = await reader.GetFeedAsync(FeedUrls.Tag("kubilius", format));

            Assert.Equal(["Kubilius visits Kyiv", SeedHeadline], feed.Items.Select(i => i.Title.Text));
            Assert.All(feed.Items, item => Assert.Contains("kubilius", item.Categories.Select(c => c.Name)));
        }
    }

    [Theory]
    [InlineData("/tags/nope/feed.rss")]
    [InlineData("/tags/nope/feed.atom")]
    public async Task AFeedOfAnUnknownTagIsNotFound(string url)
    {
        await app.CreateReader().GetPageAsync(url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ATagFeedAddressInOtherLetterCaseMovesToTheCanonicalOne()
    {
        using var response = await app.CreateReader().GetAsync(new Uri("/tags/Umerov/feed.atom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/tags/umerov/feed.atom", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SectionFeedsCarryOnlyStoriesInThatSectionHoweverItIsSpelt()
    {
        using var fresh = new NewsPortalFactory();
        foreach (var (headline, section, minutesAgo) in new[]
                 { ("Budget passes", "Politics", 30), ("Weather turns warm", "Weather", 20), ("Vote is counted", "politics", 10) })
        {
            var story = await fresh.AddStoryAsync(headline, NewsPortalFactory.SeedEvening.AddMinutes(-minutesAgo));
            await fresh.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.Section, section)));
        }

        var reader = fresh.CreateReader();
        foreach (var format in new[] { FeedFormat.Rss, FeedFormat.Atom })
        {
            var feed = await reader.GetFeedAsync(FeedUrls.Section("Politics", format));

            Assert.Equal(["Vote is counted", "Budget passes"], feed.Items.Select(i => i.Title.Text));
        }
    }

    [Fact]
    public async Task ATagOrSectionNameStoredWithControlCharactersStillGivesAFeedNamedWithoutThem()
    {
        // Names saved before control characters were taken out of input, as headlines might have been.
        using var fresh = new NewsPortalFactory();
        var story = await fresh.AddStoryAsync("Budget passes", NewsPortalFactory.SeedEvening.AddMinutes(-5), ["budget"]);
        await fresh.WithStoreAsync(db => db.Tags.Where(t => t.Slug == "budget").ExecuteUpdateAsync(set => set.SetProperty(t => t.Name, "bud\u0001get")));
        await fresh.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.Section, "Fin\u0002ance")));
        var reader = fresh.CreateReader();

        foreach (var format in new[] { FeedFormat.Rss, FeedFormat.Atom })
        {
            var tagFeed = await reader.GetFeedAsync(FeedUrls.Tag("budget", format));
            var sectionFeed = await reader.GetFeedAsync($"/sections/finance/{FeedUrls.FileName(format)}");

            Assert.Equal("NewsPortal #budget", tagFeed.Title.Text);
            Assert.Equal("NewsPortal: Finance", sectionFeed.Title.Text);
            Assert.Equal(["Budget passes"], sectionFeed.Items.Select(i => i.Title.Text));
        }
    }

    [Theory]
    [InlineData("/sections/nope/feed.rss")]
    [InlineData("/sections/nope/feed.atom")]
    public async Task AFeedOfAnUnknownSectionIsNotFound(string url)
    {
        await app.CreateReader().GetPageAsync(url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASectionFeedAddressInOtherLetterCaseMovesToTheCanonicalOne()
    {
        using var response = await app.CreateReader().GetAsync(new Uri("/sections/Facts/feed.rss", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/sections/facts/feed.rss", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task FeedsAnswerHeadRequests()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/feed.rss");
        using var response = await app.CreateReader().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
    }

    private static string BodyOf(SyndicationItem item) =>
        item.Content is TextSyndicationContent content
            ? content.Text
            : item.ElementExtensions.ReadElementExtensions<string>("encoded", Content.NamespaceName).Single();
}
