namespace NewsPortal.Web.Feeds;

/// <summary>Discovery and syndication: RSS and Atom feeds, robots.txt, the sitemap and the news sitemap.</summary>
public static class NewsPortalFeeds
{
    /// <summary>Feed readers and crawlers check with HEAD before they GET.</summary>
    internal static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddNewsPortalFeeds(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SitemapOptions>();
        services.AddScoped<FeedStories>();
        services.AddScoped<SitemapEntries>();
        services.AddSingleton<FeedWriter>();
        return services;
    }

    public static IEndpointRouteBuilder MapNewsPortalFeeds(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapFeeds();
        app.MapSitemaps();
        return app;
    }
}
