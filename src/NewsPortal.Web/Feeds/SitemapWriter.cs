using System.Globalization;
using System.Text;
using System.Xml;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Feeds;

/// <summary>A page as the sitemap lists it, with its absolute address and, for a story with a photo, the photo's.</summary>
public sealed record SitemapUrl(string Location, DateTime? LastModified, Uri? Image);

/// <summary>A story as the news sitemap lists it, with its absolute address.</summary>
public sealed record NewsEntry(string Location, string Title, DateTime PublishedAt);

/// <summary>Writes the sitemaps protocol's urlset (with Google's image extension) and sitemapindex, and Google's news sitemap.</summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";
    public const string ImageNamespace = "http://www.google.com/schemas/sitemap-image/1.1";

    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };

    public static async Task WriteUrlSetAsync(Stream body, IEnumerable<SitemapUrl> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        await using var xml = XmlWriter.Create(body, Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "image", null, ImageNamespace);
        foreach (var url in urls)
        {
            await xml.WriteStartElementAsync(null, "url", Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, url.Location);
            if (url.LastModified is { } time)
            {
                await xml.WriteElementStringAsync(null, "lastmod", Namespace, W3cTime(time));
            }

            // After the protocol's own elements, where its schema takes other namespaces' elements.
            if (url.Image is { } image)
            {
                await xml.WriteStartElementAsync("image", "image", ImageNamespace);
                await xml.WriteElementStringAsync("image", "loc", ImageNamespace, image.AbsoluteUri);
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndDocumentAsync();
    }

    public static async Task WriteIndexAsync(Stream body, IEnumerable<string> sitemapLocations)
    {
        ArgumentNullException.ThrowIfNull(sitemapLocations);
        await using var xml = XmlWriter.Create(body, Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "sitemapindex", Namespace);
        foreach (var location in sitemapLocations)
        {
            await xml.WriteStartElementAsync(null, "sitemap", Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, location);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndDocumentAsync();
    }

    public static async Task WriteNewsAsync(Stream body, string publicationName, string language, IEnumerable<NewsEntry> stories)
    {
        ArgumentNullException.ThrowIfNull(stories);
        await using var xml = XmlWriter.Create(body, Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "news", null, NewsNamespace);
        foreach (var story in stories)
        {
            await xml.WriteStartElementAsync(null, "url", Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, story.Location);
            await xml.WriteStartElementAsync("news", "news", NewsNamespace);
            await xml.WriteStartElementAsync("news", "publication", NewsNamespace);
            await xml.WriteElementStringAsync("news", "name", NewsNamespace, publicationName);
            await xml.WriteElementStringAsync("news", "language", NewsNamespace, language);
            await xml.WriteEndElementAsync();
            await xml.WriteElementStringAsync("news", "publication_date", NewsNamespace, W3cTime(story.PublishedAt));
            await xml.WriteElementStringAsync("news", "title", NewsNamespace, TextInput.Line(story.Title));
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndDocumentAsync();
    }

    /// <summary>The W3C Datetime profile of ISO 8601 that sitemaps use, in UTC to the second.</summary>
    public static string W3cTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Google News wants an ISO 639 code, not a full BCP 47 tag: "en-GB" is "en"; Chinese is "zh-cn" or "zh-tw".
    /// </summary>
    public static string NewsLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var parts = language.ToLowerInvariant().Split('-');
        if (parts[0] != "zh")
        {
            return parts[0];
        }

        return parts.Skip(1).Any(part => part is "tw" or "hk" or "mo" or "hant") ? "zh-tw" : "zh-cn";
    }
}
