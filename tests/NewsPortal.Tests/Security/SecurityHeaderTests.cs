using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Security;

namespace NewsPortal.Tests.Security;

public class SecurityHeaderTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of")]
    [InlineData("/no/such/page")]
    [InlineData("/latest?page=abc")]
    [InlineData("/admin/sign-in")]
    [InlineData("/favicon.svg")]
    [InlineData("/health")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        using var response = await app.CreateReader().GetAsync(new Uri(url, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesMayFrameOnlyTheTwoVideoPlayersAStoryEmbeds()
    {
        using var response = await app.CreateReader().GetAsync(new Uri("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of", UriKind.Relative));

        var directives = response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries);
        Assert.Equal("frame-src https://www.youtube-nocookie.com https://player.vimeo.com", Assert.Single(directives, d => d.StartsWith("frame-src ", StringComparison.Ordinal)));
        // child-src would be the fallback for frames; it must not widen them.
        Assert.DoesNotContain(directives, d => d.StartsWith("child-src ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheNewsroomPreviewShowsAVideoItsPolicyLetsPlay()
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        var form = Stories.NewStoryForm("A story with a video");
        form["Draft.Body"] = "https://vimeo.com/76979871";

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", form, "Preview");

        var preview = await response.ParseAsync();
        Assert.Equal("https://player.vimeo.com/video/76979871?dnt=1", preview.QuerySelector("#Preview .story__body iframe")?.GetAttribute("src"));
        Assert.Contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com;", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
