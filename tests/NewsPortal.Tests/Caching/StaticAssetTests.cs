using System.Net;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Caching;

/// <summary>
/// Pages link stylesheets by fingerprinted address, so a changed file is a new address. The year-long, immutable
/// caching and precompressed copies come with a published app; the benchmark's run checks them on its published build.
/// </summary>
public class StaticAssetTests
{
    [Fact]
    public async Task PagesLinkFingerprintedStylesheets()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        var page = await reader.GetPageAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]{6,}\.css$", href);

        using var stylesheet = await reader.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal("text/css", stylesheet.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(stylesheet.Headers.ETag);
    }
}
