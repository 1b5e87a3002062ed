using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Feeds;

/// <summary>robots.txt, the sitemap (an index of numbered sitemaps once it outgrows one file) and the news sitemap.</summary>
internal static class SitemapEndpoints
{
    private const string XmlContentType = "application/xml; charset=utf-8";

    /// <summary>Google News takes stories of the last two days, at most 1,000 of them.</summary>
    private static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);
    private const int MaxNewsStories = 1_000;

    public static void MapSitemaps(this IEndpointRouteBuilder app)
    {
        app.MapMethods(FeedUrls.Robots, NewsPortalFeeds.GetAndHead, Robots);
        app.MapMethods(FeedUrls.Sitemap, NewsPortalFeeds.GetAndHead, SitemapAsync);
        app.MapMethods("/sitemaps/{number}.xml", NewsPortalFeeds.GetAndHead, SitemapPageAsync);
        app.MapMethods(FeedUrls.NewsSitemap, NewsPortalFeeds.GetAndHead, NewsSitemapAsync);
    }

    private static IResult Robots(HttpContext context, SiteAddress site)
    {
        var robots = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /admin\n")
            .Append("Allow: /\n")
            .Append('\n')
            .Append($"Sitemap: {site.Absolute(context.Request, FeedUrls.Sitemap)}\n")
            .Append($"Sitemap: {site.Absolute(context.Request, FeedUrls.NewsSitemap)}\n");
        return Results.Text(robots.ToString(), "text/plain; charset=utf-8");
    }

    private static async Task<IResult> SitemapAsync(
        HttpContext context, SitemapEntries entries, SiteAddress site, IOptions<SitemapOptions> options, CancellationToken cancellationToken)
    {
        var perFile = options.Value.UrlsPerSitemap;
        var count = await entries.CountAsync(cancellationToken);
        if (count <= perFile)
        {
            var all = await entries.ListAsync(0, perFile, cancellationToken);
            return UrlSet(context, site, all);
        }

        var pages = Enumerable.Range(1, (count + perFile - 1) / perFile)
            .Select(number => site.Absolute(context.Request, FeedUrls.SitemapPage(number)))
            .ToList();
        return Results.Stream(body => SitemapWriter.WriteIndexAsync(body, pages), XmlContentType);
    }

    private static async Task<IResult> SitemapPageAsync(
        string number, HttpContext context, SitemapEntries entries, SiteAddress site, IOptions<SitemapOptions> options, CancellationToken cancellationToken)
    {
        // Only the spelling the index writes: 01.xml or +1.xml would be a second address of the same file.
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            || page.ToString(CultureInfo.InvariantCulture) != number)
        {
            return Results.NotFound();
        }

        var perFile = options.Value.UrlsPerSitemap;
        var count = await entries.CountAsync(cancellationToken);
        if (page < 1 || (long)(page - 1) * perFile >= count)
        {
            return Results.NotFound();
        }

        return UrlSet(context, site, await entries.ListAsync((page - 1) * perFile, perFile, cancellationToken));
    }

    private static IResult UrlSet(HttpContext context, SiteAddress site, List<SitemapEntry> entries)
    {
        var urls = entries
            .Select(entry => new SitemapUrl(site.Absolute(context.Request, entry.Path), entry.LastModified, PhotoAddress(context.Request, site, entry.PhotoUrl)))
            .ToList();
        return Results.Stream(body => SitemapWriter.WriteUrlSetAsync(body, urls), XmlContentType);
    }

    /// <summary>
    /// The photo's address as the story page's og:image gives it, escaped as a sitemap's addresses must be (a wire's
    /// address may hold spaces or letters beyond ASCII); none for an address that is not http(s).
    /// </summary>
    private static Uri? PhotoAddress(HttpRequest request, SiteAddress site, string? photoUrl) =>
        !string.IsNullOrWhiteSpace(photoUrl)
        && Uri.TryCreate(site.Whole(request, photoUrl), UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;

    private static async Task<IResult> NewsSitemapAsync(
        HttpContext context, FeedStories stories, SiteAddress site, IOptions<NewsroomOptions> newsroom, CancellationToken cancellationToken)
    {
        var recent = await stories.RecentAsync(NewsWindow, MaxNewsStories, cancellationToken);
        var entries = recent
            .Select(story => new NewsEntry(site.Absolute(context.Request, Urls.Article(story.Id, story.Slug)), story.Headline, story.PublishedAt))
            .ToList();
        var language = SitemapWriter.NewsLanguage(newsroom.Value.Language);
        return Results.Stream(body => SitemapWriter.WriteNewsAsync(body, newsroom.Value.SiteName, language, entries), XmlContentType);
    }
}
