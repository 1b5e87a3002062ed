using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsPortal.Web.Articles;

/// <summary>
/// What search engines and social sites read about a story: schema.org NewsArticle (JSON-LD) and OpenGraph.
/// Times are given only when the story has a real one; an estimated wire time is never published as fact.
/// </summary>
public sealed record ArticleMetadata(ArticleView Article, string CanonicalUrl, string? ImageUrl, string SiteName, string SiteUrl)
{
    // The default encoder escapes <, > and &, so the JSON cannot close its <script> element.
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string Description => string.IsNullOrEmpty(Article.Summary) ? Article.Headline : Excerpt.Shorten(Article.Summary, 160);

    public string? PublishedIso => Iso(Article.ShownTime);

    public string? ModifiedIso => Article.ShownTime is null ? null : Iso(Article.UpdatedAt ?? Article.LastChanged);

    public string JsonLd() => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["mainEntityOfPage"] = CanonicalUrl,
        ["url"] = CanonicalUrl,
        ["headline"] = Article.Headline,
        ["description"] = Description,
        ["datePublished"] = PublishedIso,
        ["dateModified"] = ModifiedIso,
        ["articleSection"] = Article.Section,
        ["keywords"] = Article.Tags.Count > 0 ? Article.Tags.Select(t => t.Name).ToList() : null,
        ["image"] = ImageUrl is null ? null : Image(),
        // A byline names people; a wire story without one is the site's own word.
        ["author"] = Article.Byline is null ? Organization() : new Dictionary<string, string> { ["@type"] = "Person", ["name"] = Article.Byline },
        ["publisher"] = Organization(),
    }.Where(pair => pair.Value is not null).ToDictionary(), Json);

    // An image without its address is not structured data anyone can use; a wire credit with no picture stays on the page.
    private Dictionary<string, object?> Image() => new Dictionary<string, object?>
    {
        ["@type"] = "ImageObject",
        ["url"] = ImageUrl,
        ["caption"] = Article.Photo.Caption,
        ["creditText"] = Article.Photo.CreditText,
        ["acquireLicensePage"] = Article.Photo.CreditUrl,
    }.Where(pair => pair.Value is not null).ToDictionary();

    private Dictionary<string, object> Organization() => new()
    {
        ["@type"] = "NewsMediaOrganization",
        ["name"] = SiteName,
        ["url"] = SiteUrl,
        ["logo"] = new Dictionary<string, string> { ["@type"] = "ImageObject", ["url"] = $"{SiteUrl.TrimEnd('/')}/favicon.svg" },
    };

    private static string? Iso(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
