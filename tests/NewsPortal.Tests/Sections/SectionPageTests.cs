using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Feeds;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Sections;

public class SectionPageTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task TheSeedStorysSectionLinksToItsPage()
    {
        var article = await app.CreateReader().GetPageAsync("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of");
        Assert.Equal("/sections/facts", article.QuerySelector("a.story__section")!.GetAttribute("href"));

        var section = await app.CreateReader().GetPageAsync("/sections/facts");

        Assert.Equal("Facts", section.Text("h1"));
        Assert.Equal(["Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products"], section.Texts("main li a"));
    }

    [Fact]
    public async Task SectionsWithoutPublishedStoriesAndBadPagesAreRefused()
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("A draft in a secret section", NewsPortalFactory.SeedEvening.AddHours(-1), status: ArticleStatus.Draft);
        var reader = fresh.CreateReader();

        await reader.GetPageAsync("/sections/news", HttpStatusCode.NotFound);
        await reader.GetPageAsync("/sections/nope", HttpStatusCode.NotFound);
        await reader.GetPageAsync("/sections/facts?before=0", HttpStatusCode.BadRequest);
        await reader.GetPageAsync("/sections/facts?before=2000-01-01T00:00:00Z_1", HttpStatusCode.NotFound);
        using var upper = await reader.GetAsync(new Uri("/sections/FACTS", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, upper.StatusCode);
    }

    [Fact]
    public async Task SectionsWithNoLetterToSpellEachHaveTheirOwnPage()
    {
        using var fresh = new NewsPortalFactory();
        var addresses = new List<string>();
        foreach (var (headline, section) in new[] { ("Fire news", "🔥"), ("Blast news", "💥"), ("A story about stories", "Story") })
        {
            var story = await fresh.AddStoryAsync(headline, NewsPortalFactory.SeedEvening.AddHours(-1));
            await fresh.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.Section, section)));
            addresses.Add(Urls.Article(story.Id, story.Slug));
        }

        var reader = fresh.CreateReader();
        var fireStory = await reader.GetPageAsync(addresses[0]);
        var fire = await reader.GetPageAsync(fireStory.QuerySelector("a.story__section")!.GetAttribute("href")!);

        Assert.Equal("/sections/%F0%9F%94%A5", fireStory.QuerySelector("a.story__section")!.GetAttribute("href"));
        Assert.Equal(["Fire news"], fire.Texts("main li a"));
        Assert.Equal(["Blast news"], (await reader.GetPageAsync("/sections/%F0%9F%92%A5")).Texts("main li a"));
        Assert.Equal(["A story about stories"], (await reader.GetPageAsync("/sections/story")).Texts("main li a"));
    }

    [Fact]
    public async Task ASectionSpeltTwoWaysIsOnePageThatPagesThroughBoth()
    {
        using var fresh = new NewsPortalFactory().With("Newsroom:PageSize", "2");
        string[] spellings = ["Press Conference", "Press conference"];
        for (var i = 1; i <= 5; i++)
        {
            var story = await fresh.AddStoryAsync($"Briefing {i}", NewsPortalFactory.SeedEvening.AddHours(-i));
            var spelling = spellings[i % 2];
            await fresh.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.Section, spelling)));
        }

        var reader = fresh.CreateReader();
        const string section = "/sections/press-conference";
        var first = await reader.GetPageAsync(section);
        var second = await reader.GetPageAsync(section + Query(first, "next"));
        var last = await reader.GetPageAsync(section + Query(second, "next"));
        var backToSecond = await reader.GetPageAsync(section + Query(last, "prev"));

        Assert.Equal(["Briefing 1", "Briefing 2", "Briefing 3", "Briefing 4", "Briefing 5"],
            first.Texts("main li a").Concat(second.Texts("main li a")).Concat(last.Texts("main li a")));
        Assert.Null(last.QuerySelector("a[rel=next]"));
        Assert.Equal(["Briefing 3", "Briefing 4"], backToSecond.Texts("main li a"));

        static string Query(AngleSharp.Dom.IDocument page, string rel) =>
            new Uri(new Uri("http://localhost/sections/"), page.QuerySelector($"a[rel={rel}]")!.GetAttribute("href")).Query;
    }

    [Fact]
    public async Task ASectionPageOffersItsFeedsToFeedReaders()
    {
        var reader = app.CreateReader();
        var section = await reader.GetPageAsync("/sections/facts");

        foreach (var type in new[] { "application/rss+xml", "application/atom+xml" })
        {
            var feed = section.QuerySelector($"head link[rel=alternate][type='{type}'][title=Facts]")!.GetAttribute("href")!;

            var xml = await reader.GetXmlAsync(feed, type);

            Assert.Contains(Syndication.SeedHeadline, xml.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value));
        }
    }

    [Fact]
    public async Task TheSitemapListsTheSections()
    {
        using var response = await app.CreateReader().GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Contains("http://localhost/sections/facts", sitemap.Descendants(ns + "loc").Select(loc => loc.Value));
    }
}
