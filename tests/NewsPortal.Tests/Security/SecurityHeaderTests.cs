using NewsPortal.Tests.Support;
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
}
