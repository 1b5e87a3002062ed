using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Feeds;
using SkiaSharp;
using static NewsPortal.Tests.Feeds.Syndication;

namespace NewsPortal.Tests.Feeds;

/// <summary>
/// Feed readers and link previews take an item's picture from Media RSS's media:content in RSS and from the enclosure
/// link in Atom, not from the figure in its content: each item names its story's photo there.
/// </summary>
public class FeedPictureTests
{
    private static readonly XNamespace Media = FeedWriter.MediaRss;

    [Theory]
    [InlineData("/feed.rss", "/feed.atom")]
    [InlineData("/tags/harbour/feed.rss", "/tags/harbour/feed.atom")]
    [InlineData("/sections/news/feed.rss", "/sections/news/feed.atom")]
    public async Task AStoredPhotoIsNamedAtTheSizeTheStoryPageShowsWithWhatItShowsAndWhoseItIs(string rssUrl, string atomUrl)
    {
        using var site = new NewsPortalFactory();
        var name = await TestPhotos.StoredAsync(site, TestPhotos.Encoded(SKEncodedImageFormat.Jpeg, 1200, 800), ".jpg");
        var story = await StoryWithPhotoAsync(site, "/media/" + name, alt: "Cranes at dusk", caption: "The harbour at night", credit: "Olena K.");
        var reader = site.CreateReader();

        var content = MediaContentOf(await reader.GetXmlAsync(rssUrl, "application/rss+xml"), story);
        var enclosure = EnclosureOf(await reader.GetXmlAsync(atomUrl, "application/atom+xml"), story);

        var copy = $"{Origin}/media/960/{name}";
        Assert.Equal(
            [("url", copy), ("medium", "image"), ("type", "image/jpeg"), ("width", "960"), ("height", "640")],
            content.Attributes().Select(a => (a.Name.LocalName, a.Value)));
        Assert.Equal("Cranes at dusk", content.Element(Media + "description")?.Value);
        Assert.Equal("Olena K.", content.Element(Media + "credit")?.Value);
        Assert.Equal((copy, "image/jpeg", null), (enclosure.Attribute("href")?.Value, enclosure.Attribute("type")?.Value, enclosure.Attribute("length")?.Value));
        using var served = await reader.GetAsync(new Uri(copy));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        using var picture = SKBitmap.Decode(await served.Content.ReadAsByteArrayAsync());
        Assert.Equal((960, 640), (picture.Width, picture.Height));
    }

    [Fact]
    public async Task AStoredPhotoNoWiderThanTheStoryColumnIsNamedWhole()
    {
        using var site = new NewsPortalFactory();
        var photo = TestPhotos.Encoded(SKEncodedImageFormat.Png, 800, 600);
        var name = await TestPhotos.StoredAsync(site, photo, ".png");
        var story = await StoryWithPhotoAsync(site, "/media/" + name, alt: null, caption: "Cranes at the harbour", credit: null);
        var reader = site.CreateReader();

        var content = MediaContentOf(await reader.GetXmlAsync("/feed.rss", "application/rss+xml"), story);
        var enclosure = EnclosureOf(await reader.GetXmlAsync("/feed.atom", "application/atom+xml"), story);

        Assert.Equal(
            [("url", $"{Origin}/media/{name}"), ("medium", "image"), ("type", "image/png"), ("width", "800"), ("height", "600")],
            content.Attributes().Select(a => (a.Name.LocalName, a.Value)));
        Assert.Equal("Cranes at the harbour", content.Element(Media + "description")?.Value);
        Assert.Null(content.Element(Media + "credit"));
        Assert.Equal(($"{Origin}/media/{name}", "image/png", null), (enclosure.Attribute("href")?.Value, enclosure.Attribute("type")?.Value, enclosure.Attribute("length")?.Value));
    }

    [Theory]
    [InlineData("https://photos.example.org/wire/kyiv.JPG?size=large", "image/jpeg")]
    [InlineData("https://photos.example.org/view?id=7", null)]
    public async Task APhotoElsewhereIsNamedAsItIsWithTheTypeOnlyItsAddressGives(string url, string? type)
    {
        using var site = new NewsPortalFactory();
        var story = await StoryWithPhotoAsync(site, url, alt: null, caption: "A street in Kyiv", credit: "Reuters");
        var reader = site.CreateReader();

        var content = MediaContentOf(await reader.GetXmlAsync("/feed.rss", "application/rss+xml"), story);
        var enclosure = EnclosureOf(await reader.GetXmlAsync("/feed.atom", "application/atom+xml"), story);

        Assert.Equal((url, "image", type), (content.Attribute("url")?.Value, content.Attribute("medium")?.Value, content.Attribute("type")?.Value));
        Assert.Null(content.Attribute("width"));
        Assert.Null(content.Attribute("height"));
        Assert.Null(content.Attribute("fileSize"));
        Assert.Equal("Reuters", content.Element(Media + "credit")?.Value);
        Assert.Equal((url, type), (enclosure.Attribute("href")?.Value, enclosure.Attribute("type")?.Value));
    }

    [Fact]
    public async Task MarkupInAPhotosCaptionAndCreditReachesReadersAsText()
    {
        using var site = new NewsPortalFactory();
        const string caption = "<script>alert(1)</script> Cranes & <b>ships</b>";
        const string credit = "<img src=x onerror=alert(1)>";
        var story = await StoryWithPhotoAsync(site, "https://photos.example.org/cranes.webp", alt: null, caption: caption, credit: credit);

        var rss = await site.CreateReader().GetXmlAsync("/feed.rss", "application/rss+xml");

        var content = MediaContentOf(rss, story);
        Assert.Equal(caption, content.Element(Media + "description")?.Value);
        Assert.Equal(credit, content.Element(Media + "credit")?.Value);
        Assert.Empty(content.Descendants().SelectMany(e => e.Elements()));
        Assert.Equal("image/webp", content.Attribute("type")?.Value);
    }

    [Fact]
    public async Task AStoryWithoutAPhotoNamesNoPictureAndTheFeedDeclaresMediaRssOnce()
    {
        using var site = new NewsPortalFactory();
        var bare = await site.AddStoryAsync("A story told in words alone", NewsPortalFactory.SeedEvening.AddHours(-1));
        var pictured = await StoryWithPhotoAsync(site, "https://photos.example.org/a.png", alt: "A", caption: null, credit: null);
        var reader = site.CreateReader();

        var rss = await reader.GetXmlAsync("/feed.rss", "application/rss+xml");
        var atom = await reader.GetXmlAsync("/feed.atom", "application/atom+xml");

        Assert.Empty(ItemOf(rss, bare).Elements(Media + "content"));
        Assert.DoesNotContain(EntryOf(atom, bare).Elements(Atom + "link"), link => link.Attribute("rel")?.Value == "enclosure");
        Assert.Single(ItemOf(rss, pictured).Elements(Media + "content"));
        var declarations = rss.Descendants().Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == FeedWriter.MediaRss).ToList();
        Assert.Equal("channel", Assert.Single(declarations).Parent?.Name.LocalName);
    }

    private static XElement ItemOf(XDocument rss, Article story) =>
        rss.Descendants("item").Single(item => item.Element("guid")?.Value == AddressOf(story));

    private static XElement EntryOf(XDocument atom, Article story) =>
        atom.Descendants(Atom + "entry").Single(entry => entry.Element(Atom + "id")?.Value == AddressOf(story));

    private static XElement MediaContentOf(XDocument rss, Article story) => Assert.Single(ItemOf(rss, story).Elements(Media + "content"));

    private static XElement EnclosureOf(XDocument atom, Article story) =>
        Assert.Single(EntryOf(atom, story).Elements(Atom + "link"), link => link.Attribute("rel")?.Value == "enclosure");

    private static async Task<Article> StoryWithPhotoAsync(NewsPortalFactory site, string url, string? alt, string? caption, string? credit)
    {
        var story = await site.AddStoryAsync("Cranes at the harbour", NewsPortalFactory.SeedEvening.AddMinutes(-1), tags: ["harbour"]);
        await site.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Photo.ImageUrl, url).SetProperty(a => a.Photo.AltText, alt)
            .SetProperty(a => a.Photo.Caption, caption).SetProperty(a => a.Photo.CreditText, credit)));
        return story;
    }
}
