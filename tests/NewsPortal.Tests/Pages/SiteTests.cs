using System.Net;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Pages;

public class SiteTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of")]
    [InlineData("/tags/umerov")]
    [InlineData("/latest")]
    public async Task EveryPageIsSemanticAndDescribed(string url)
    {
        var page = await app.CreateReader().GetPageAsync(url);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.StartsWith("http://localhost/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("meta[name=viewport]"));
        Assert.Single(page.QuerySelectorAll("header.masthead"));
        Assert.Single(page.QuerySelectorAll("main#Content"));
        Assert.Single(page.QuerySelectorAll("footer"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));
        Assert.All(page.QuerySelectorAll("time"), time => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", time.GetAttribute("datetime")!));
    }

    [Fact]
    public async Task PagesAnnounceTheirFeeds()
    {
        var front = await app.CreateReader().GetPageAsync("/");
        var tag = await app.CreateReader().GetPageAsync("/tags/umerov");

        Assert.Equal(["http://localhost/feed.rss", "http://localhost/feed.atom"], front.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
        Assert.Contains("/tags/umerov/feed.rss", tag.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public async Task TheStylesheetIsServedFromAFingerprintedAddress()
    {
        var reader = app.CreateReader();
        var page = await reader.GetPageAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await reader.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownAddressesGetAHelpfulNotFoundPage()
    {
        var page = await app.CreateReader().GetPageAsync("/no/such/page", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Theory]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/articles/999999", HttpStatusCode.NotFound)]
    [InlineData("/latest?before=abc", HttpStatusCode.BadRequest)]
    public async Task AnErrorPageNamesNoCanonicalAddress(string url, HttpStatusCode status)
    {
        var page = await app.CreateReader().GetPageAsync(url, status);

        // Once re-executed, the page's own path is /status/404: an address that is no story and no list.
        Assert.NotNull(page.QuerySelector("h1#StatusHeading"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task StatusPagesAreNotPagesOfTheirOwn()
    {
        await app.CreateReader().GetPageAsync("/status/500", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HealthReportsAReachableStore()
    {
        using var response = await app.CreateReader().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APostToAReaderPageIsRefusedWithAPage()
    {
        using var response = await app.CreateReader().PostAsync(new Uri("/latest", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed, $"got {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
