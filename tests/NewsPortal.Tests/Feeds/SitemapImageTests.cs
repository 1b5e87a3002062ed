using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using static NewsPortal.Tests.Feeds.Syndication;

namespace NewsPortal.Tests.Feeds;

/// <summary>
/// Google's image extension of the sitemap: a story with a photo names it, at the address its page gives search engines
/// (og:image), so that the photo is found with the story.
/// </summary>
public class SitemapImageTests
{
    private const string PublicUrl = "https://news.example.com";

    [Fact]
    public async Task AStorysPhotoIsNamedAtItsPagesAddressForEnginesAndAStoryWithoutOneNamesNone()
    {
        using var site = new NewsPortalFactory().With("Newsroom:PublicUrl", PublicUrl + "/");
        var stored = await StoryWithPhotoAsync(site, "Cranes at the harbour", "/media/cranes.jpg");
        var wire = await StoryWithPhotoAsync(site, "Morning in the port", "https://photos.example.org/wire/café du port.jpg?size=large&v=2");
        var plain = await site.AddStoryAsync("Grain talks resume", NewsPortalFactory.SeedEvening.AddMinutes(-3));
        var reader = site.CreateReader();

        var sitemap = await reader.GetXmlAsync("/sitemap.xml");

        var page = await reader.GetPageAsync(Urls.Article(stored.Id, stored.Slug));
        var ogImage = page.QuerySelector("meta[property='og:image']")?.GetAttribute("content") ?? "";
        Assert.Equal(PublicUrl + "/media/cranes.jpg", ogImage);
        Assert.Equal([ogImage], ImagesOf(sitemap, stored));
        // Escaped for the address (spaces, letters beyond ASCII) and for XML (the ampersand).
        Assert.Equal(["https://photos.example.org/wire/caf%C3%A9%20du%20port.jpg?size=large&v=2"], ImagesOf(sitemap, wire));
        Assert.Contains("caf%C3%A9%20du%20port.jpg?size=large&amp;v=2</image:loc>", await reader.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Empty(ImagesOf(sitemap, plain));
    }

    [Fact]
    public async Task TheSitemapDeclaresTheImageNamespaceAndNamesEachPhotoAfterItsStorysOwnElements()
    {
        using var site = new NewsPortalFactory();
        await StoryWithPhotoAsync(site, "Cranes at the harbour", "/media/cranes.jpg");

        var sitemap = await site.CreateReader().GetXmlAsync("/sitemap.xml");

        var root = sitemap.Root!;
        Assert.Equal(XName.Get("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9"), root.Name);
        Assert.Equal("http://www.google.com/schemas/sitemap-image/1.1", root.Attribute(XNamespace.Xmlns + "image")?.Value);
        Assert.All(root.Descendants(), element => Assert.Contains(element.Name.Namespace, new[] { Sitemap, Image }));
        var images = root.Descendants(Image + "image").ToList();
        Assert.NotEmpty(images);
        Assert.All(images, image =>
        {
            Assert.Equal(Sitemap + "url", image.Parent!.Name);
            Assert.All(image.ElementsAfterSelf(), after => Assert.Equal(Image, after.Name.Namespace));
            Assert.Equal([Image + "loc"], image.Elements().Select(child => child.Name));
            Assert.True(Uri.IsWellFormedUriString(image.Element(Image + "loc")!.Value, UriKind.Absolute));
        });
    }

    private static List<string> ImagesOf(XDocument sitemap, Article story) =>
        [.. Assert.Single(sitemap.Descendants(Sitemap + "url"), url => url.Element(Sitemap + "loc")?.Value.EndsWith(Urls.Article(story.Id, story.Slug), StringComparison.Ordinal) == true)
            .Elements(Image + "image").Select(image => image.Element(Image + "loc")!.Value)];

    private static async Task<Article> StoryWithPhotoAsync(NewsPortalFactory site, string headline, string photoUrl)
    {
        var story = await site.AddStoryAsync(headline, NewsPortalFactory.SeedEvening.AddMinutes(-1));
        await site.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.Photo.ImageUrl, photoUrl)));
        return story;
    }
}
