using System.Net;
using AngleSharp.Dom;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Articles;

public class ArticlePageTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    private const string SeedUrl = "/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of";

    [Fact]
    public async Task SeedStoryPageCarriesEverySeedElementInOrder()
    {
        var seed = SeedFile.Parse();
        var page = await app.CreateReader().GetPageAsync(SeedUrl);
        var story = page.QuerySelector("main article.story")!;

        Assert.Equal("Facts", page.Text(".story__section"));
        var time = story.QuerySelector("header time")!;
        Assert.Equal("16:27 07.03.2025", time.Text());
        Assert.Equal("2025-03-07T14:27:00Z", time.GetAttribute("datetime"));
        Assert.Equal(seed.Headline, page.Text("h1"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("2 min read", page.Text(".story__reading-time"));
        Assert.Equal(seed.Photo!.Caption, page.Text("figure .story__caption"));
        Assert.Equal($"Photo: {seed.Photo.Credit}", page.Text("figure .story__credit"));
        Assert.Equal(seed.Photo.Credit, page.QuerySelector("figure .story__credit a")!.GetAttribute("href"));
        Assert.Equal(seed.Paragraphs, page.Texts(".story__body p"));
        Assert.Equal("Tags: #umerov #kubilius", page.Text(".story__tags"));
        Assert.Equal(["/tags/umerov", "/tags/kubilius"], page.QuerySelectorAll(".story__tags a").Select(a => a.GetAttribute("href")));

        Assert.Equal(seed.MoreAbout.Select(b => b.Headline), Headlines(page, "MoreAboutHeading"));
        Assert.Equal(seed.MoreAbout.Select(b => b.LocalTime!.Value.ToString("HH:mm dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)),
            page.Texts("[aria-labelledby=MoreAboutHeading] li time"));
        Assert.Equal(seed.HotNews, Headlines(page, "HotNewsHeading"));
        Assert.Equal(seed.Latest, Headlines(page, "LatestHeading"));
        // Wire lists give no times for these: none may be made up.
        Assert.Empty(page.QuerySelectorAll("[aria-labelledby=HotNewsHeading] time, [aria-labelledby=LatestHeading] time"));
        Assert.True(page.QuerySelector("aside.ad-slot")!.HasAttribute("hidden"));
        Assert.Empty(page.QuerySelector("aside.ad-slot")!.Children);

        // The seed page's order: time, headline, reading time, photo, body, tags, MORE ABOUT, HOT NEWS, LATEST, ad.
        var order = new[] { "header time", "h1", ".story__reading-time", "figure", ".story__body", ".story__tags", "#MoreAboutHeading", "#HotNewsHeading", "#LatestHeading", "aside.ad-slot" }
            .Select(selector => page.QuerySelector(selector)!).ToList();
        Assert.All(order.Zip(order.Skip(1)), pair => Assert.True(pair.First.CompareDocumentPosition(pair.Second).HasFlag(DocumentPositions.Following),
            $"{pair.First.LocalName} should come before {pair.Second.LocalName}"));
    }

    [Fact]
    public async Task ShortAndWrongAddressesMovePermanentlyToTheCanonicalOne()
    {
        var reader = app.CreateReader();
        var seedSlug = SeedUrl.Split('/')[3];
        foreach (var url in new[] { "/articles/1", "/articles/1/wrong-slug", "/articles/1/UMEROV-KUBILIUS", $"/articles/01/{seedSlug}", $"/articles/+1/{seedSlug}" })
        {
            using var response = await reader.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(SeedUrl, response.Headers.Location?.OriginalString);
        }

        using var tagged = await reader.GetAsync(new Uri("/articles/1?utm_source=newsletter&utm_medium=email", UriKind.Relative));
        Assert.Equal(SeedUrl + "?utm_source=newsletter&utm_medium=email", tagged.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/articles/999999")]
    [InlineData("/articles/0")]
    [InlineData("/articles/-1/x")]
    [InlineData("/articles/abc")]
    [InlineData("/articles/99999999999999999999")]
    [InlineData("/articles/1/slug/extra")]
    public async Task UnknownArticlesGetTheNotFoundPage(string url)
    {
        var page = await app.CreateReader().GetPageAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.Text("h1"));
    }

    [Fact]
    public async Task CanonicalLinkTitleAndDescriptionDescribeTheStory()
    {
        var page = await app.CreateReader().GetPageAsync(SeedUrl);

        Assert.Equal($"http://localhost{SeedUrl}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith("Umerov, Kubilius discuss", page.Title, StringComparison.Ordinal);
        Assert.StartsWith("Minister of Defense of Ukraine Rustem Umerov held a meeting", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.True(page.QuerySelector("meta[name=description]")!.GetAttribute("content")!.Length <= 160);
    }

    [Fact]
    public async Task ABriefPageSaysOnlyTheHeadlineIsKnownAndShowsNoMadeUpTime()
    {
        var reader = app.CreateReader();
        var seedPage = await reader.GetPageAsync(SeedUrl);
        var href = seedPage.QuerySelector("[aria-labelledby=LatestHeading] a")!.GetAttribute("href")!;

        var page = await reader.GetPageAsync(href);

        Assert.Equal("Trump announces preparation of additional sanctions against Russia to force it to make peace with Ukraine", page.Text("h1"));
        Assert.Empty(page.QuerySelectorAll("article time"));
        Assert.Null(page.QuerySelector(".story__reading-time"));
        Assert.NotNull(page.QuerySelector(".story__brief-note"));
    }

    private static IReadOnlyList<string> Headlines(IDocument page, string headingId) =>
        page.Texts($"[aria-labelledby={headingId}] li a");
}
