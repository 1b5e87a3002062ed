namespace NewsPortal.Web.Feeds;

/// <summary>How many addresses one sitemap file holds before the sitemap becomes an index of numbered files.</summary>
public sealed class SitemapOptions
{
    /// <summary>The sitemaps protocol's limit per file.</summary>
    public const int MaxUrlsPerSitemap = 50_000;

    /// <summary>Not configurable: only tests lower it, to prove the split without 50,000 stories.</summary>
    internal int UrlsPerSitemap { get; set; } = MaxUrlsPerSitemap;
}
