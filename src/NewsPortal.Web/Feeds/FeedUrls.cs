using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Feeds;

public enum FeedFormat
{
    Rss,
    Atom,
}

/// <summary>The addresses of the site's feeds and sitemaps, for links in pages and in each other.</summary>
public static class FeedUrls
{
    public const string Robots = "/robots.txt";
    public const string Sitemap = "/sitemap.xml";
    public const string NewsSitemap = "/news-sitemap.xml";

    public static string SitemapPage(int number) => $"/sitemaps/{number}.xml";

    public static string Site(FeedFormat format) => "/" + FileName(format);

    public static string Tag(string slug, FeedFormat format) => $"{Urls.Tag(slug)}/{FileName(format)}";

    public static string Section(string name, FeedFormat format) => $"{Urls.Section(name)}/{FileName(format)}";

    public static string FileName(FeedFormat format) => format == FeedFormat.Rss ? "feed.rss" : "feed.atom";

    public static string MediaType(FeedFormat format) => format == FeedFormat.Rss ? "application/rss+xml" : "application/atom+xml";

    public static string ContentType(FeedFormat format) => MediaType(format) + "; charset=utf-8";
}
