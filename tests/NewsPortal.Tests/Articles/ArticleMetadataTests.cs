using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Articles;

public class ArticleMetadataTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    private const string SeedUrl = "/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of";

    [Fact]
    public async Task TheSeedStoryCarriesNewsArticleJsonLd()
    {
        var page = await app.CreateReader().GetPageAsync(SeedUrl);

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var article = json.RootElement;
        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal("Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products", article.GetProperty("headline").GetString());
        Assert.Equal("2025-03-07T14:27:00Z", article.GetProperty("datePublished").GetString());
        Assert.Equal("2025-03-07T14:27:00Z", article.GetProperty("dateModified").GetString());
        Assert.Equal($"http://localhost{SeedUrl}", article.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal(["umerov", "kubilius"], article.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("Facts", article.GetProperty("articleSection").GetString());
        Assert.Equal("NewsPortal", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("NewsPortal", article.GetProperty("author").GetProperty("name").GetString());
        Assert.False(article.TryGetProperty("image", out _)); // the wire gave a caption and credit, not the picture
        Assert.StartsWith("Minister of Defense of Ukraine", article.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSeedStoryCarriesOpenGraphAndTwitterTags()
    {
        var page = await app.CreateReader().GetPageAsync(SeedUrl);

        string? Meta(string property) => page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");
        Assert.Equal("article", Meta("og:type"));
        Assert.Equal("Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products", Meta("og:title"));
        Assert.Equal($"http://localhost{SeedUrl}", Meta("og:url"));
        Assert.Equal("2025-03-07T14:27:00Z", Meta("article:published_time"));
        Assert.Equal(["umerov", "kubilius"], page.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")));
        Assert.Equal("summary", Meta("twitter:card"));
    }

    [Fact]
    public async Task AStoryWithAPictureNamesItWithItsCaptionAndCredit()
    {
        using var fresh = new NewsPortalFactory();
        var story = await fresh.AddStoryAsync("Bridge reopens", NewsPortalFactory.SeedEvening.AddHours(-1));
        await fresh.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Photo.ImageUrl, "/media/bridge.jpg")
            .SetProperty(a => a.Photo.Caption, "The bridge at dawn")
            .SetProperty(a => a.Photo.CreditText, "Jane Doe")));

        var page = await fresh.CreateReader().GetPageAsync($"/articles/{story.Id}/{story.Slug}");

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var image = json.RootElement.GetProperty("image");
        Assert.Equal("http://localhost/media/bridge.jpg", image.GetProperty("url").GetString());
        Assert.Equal("The bridge at dawn", image.GetProperty("caption").GetString());
        Assert.Equal("Jane Doe", image.GetProperty("creditText").GetString());
        Assert.Equal("http://localhost/media/bridge.jpg", page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        Assert.Equal("The bridge at dawn", page.QuerySelector("article img")?.GetAttribute("alt"));
    }

    [Fact]
    public async Task ABriefWithoutATimeClaimsNoPublicationDate()
    {
        var seedPage = await app.CreateReader().GetPageAsync(SeedUrl);

        var page = await app.CreateReader().GetPageAsync(seedPage.QuerySelector("[aria-labelledby=LatestHeading] a")!.GetAttribute("href")!);

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.False(json.RootElement.TryGetProperty("datePublished", out _));
        Assert.Null(page.QuerySelector("meta[property='article:published_time']"));
    }

    [Fact]
    public async Task AHeadlineCannotBreakOutOfTheJsonLdScript()
    {
        using var fresh = new NewsPortalFactory();
        var story = await fresh.AddStoryAsync("</script><script>alert(1)</script>", NewsPortalFactory.SeedEvening.AddHours(-1));

        var page = await fresh.CreateReader().GetPageAsync($"/articles/{story.Id}/{story.Slug}");

        Assert.Single(page.QuerySelectorAll("script"));
        using var json = JsonDocument.Parse(page.QuerySelector("script")!.TextContent);
        Assert.Equal("</script><script>alert(1)</script>", json.RootElement.GetProperty("headline").GetString());
    }
}
