using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Feeds;

namespace NewsPortal.Tests.Feeds;

/// <summary>Feeds and sitemaps as a reader or crawler gets them: fetched over HTTP and parsed back as XML.</summary>
public static class Syndication
{
    public const string Origin = "http://localhost";
    public const string SeedHeadline = "Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products";
    public static readonly DateTimeOffset SeedTime = new(2025, 3, 7, 14, 27, 0, TimeSpan.Zero);

    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Sitemap = SitemapWriter.Namespace;
    public static readonly XNamespace News = SitemapWriter.NewsNamespace;
    public static readonly XNamespace Image = SitemapWriter.ImageNamespace;

    /// <summary>GETs an XML document, checking its status, media type and charset.</summary>
    public static async Task<XDocument> GetXmlAsync(this HttpClient client, string url, string mediaType = "application/xml")
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: expected 200, got {(int)response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(body, new XmlReaderSettings { Async = true });
        return await XDocument.LoadAsync(reader, LoadOptions.None, CancellationToken.None);
    }

    /// <summary>GETs a feed and loads it as feed readers built on System.ServiceModel.Syndication would.</summary>
    public static async Task<SyndicationFeed> GetFeedAsync(this HttpClient client, string url)
    {
        var mediaType = url.EndsWith(".rss", StringComparison.Ordinal) ? "application/rss+xml" : "application/atom+xml";
        using var reader = (await client.GetXmlAsync(url, mediaType)).CreateReader();
        return SyndicationFeed.Load(reader);
    }

    /// <summary>Every loc of the sitemap, following a sitemap index to its numbered sitemaps.</summary>
    public static async Task<List<string>> SitemapLocationsAsync(this HttpClient client)
    {
        var sitemap = await client.GetXmlAsync(FeedUrls.Sitemap);
        if (sitemap.Root!.Name != Sitemap + "sitemapindex")
        {
            return sitemap.Descendants(Sitemap + "loc").Select(loc => loc.Value).ToList();
        }

        var locations = new List<string>();
        foreach (var page in sitemap.Root.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value))
        {
            locations.AddRange((await client.GetXmlAsync(page)).Descendants(Sitemap + "loc").Select(loc => loc.Value));
        }

        return locations;
    }

    /// <summary>The story addresses each surface gives out, by surface: a leak shows up under its name.</summary>
    public static async Task<Dictionary<string, List<string>>> AddressesOnEverySurfaceAsync(this HttpClient client, params string[] tagSlugs)
    {
        var surfaces = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var url in tagSlugs.SelectMany(slug => new[] { FeedUrls.Tag(slug, FeedFormat.Rss), FeedUrls.Tag(slug, FeedFormat.Atom) })
            .Prepend(FeedUrls.Site(FeedFormat.Atom)).Prepend(FeedUrls.Site(FeedFormat.Rss)))
        {
            surfaces[url] = (await client.GetFeedAsync(url)).Items.Select(item => item.Id).ToList();
        }

        surfaces[FeedUrls.Sitemap] = await client.SitemapLocationsAsync();
        surfaces[FeedUrls.NewsSitemap] = (await client.GetXmlAsync(FeedUrls.NewsSitemap)).Descendants(Sitemap + "loc").Select(loc => loc.Value).ToList();
        return surfaces;
    }

    public static string AddressOf(Article story) => Origin + Urls.Article(story.Id, story.Slug);

    public static Task<Article> SeedStoryAsync(this NewsPortalFactory app) =>
        app.WithStoreAsync(db => db.Articles.AsNoTracking().Include(a => a.TagLinks).SingleAsync(a => a.Id == 1));
}

/// <summary>The app with sitemaps of five addresses each, so that the seed alone makes an index.</summary>
public sealed class SmallSitemapsFactory : NewsPortalFactory
{
    public const int UrlsPerSitemap = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<SitemapOptions>(options => options.UrlsPerSitemap = UrlsPerSitemap));
    }
}
