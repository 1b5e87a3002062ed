using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Security;

public class CookieTests
{
    private static async Task<IReadOnlyList<string>> SignInCookiesAsync(NewsPortalFactory app, string origin)
    {
        var email = await app.AddUserAsync(Roles.Editor);
        var browser = app.CreateBrowser(origin);
        using var page = await browser.GetAsync(new Uri("/admin/sign-in", UriKind.Relative));
        using var signedIn = await browser.SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = email, ["Password"] = Newsroom.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var admin = await browser.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        return [.. page.Headers.GetValues("Set-Cookie"), .. signedIn.Headers.GetValues("Set-Cookie")];
    }

    [Fact]
    public async Task BehindAnHttpsAddressNewsroomCookiesAreHostPrefixedSecureHttpOnlyAndSameSite()
    {
        using var app = new NewsPortalFactory().With("Newsroom:PublicUrl", "https://news.example");

        var cookies = await SignInCookiesAsync(app, "https://localhost/");

        var antiforgery = Assert.Single(cookies, c => c.StartsWith("__Host-newsportal.antiforgery=", StringComparison.Ordinal));
        var auth = Assert.Single(cookies, c => c.StartsWith("__Host-newsportal.auth=", StringComparison.Ordinal));
        foreach (var cookie in new[] { antiforgery, auth })
        {
            var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains("path=/", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
            Assert.Contains(attributes, a => a is "samesite=strict" or "samesite=lax");
        }
    }

    [Fact]
    public async Task BehindAnHttpsAddressTheNewsroomAskedOverPlainHttpPointsToTheHttpsAddressRatherThanFailing()
    {
        using var app = new NewsPortalFactory().With("Newsroom:PublicUrl", "https://news.example");
        var browser = app.CreateBrowser("http://localhost/");

        var signIn = await browser.GetPageAsync("/admin/sign-in", HttpStatusCode.Forbidden);
        using var posted = await browser.PostAsync(new Uri("/admin/sign-in", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "chief@example.com", ["Password"] = Newsroom.Password }));
        await browser.GetPageAsync("/");

        Assert.Contains("https://news.example/admin/sign-in", signIn.Text(".status-page__message"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
    }

    [Fact]
    public async Task OnAPlainHttpAddressTheCookiesKeepPlainNamesSoALaptopCanSignIn()
    {
        using var app = new NewsPortalFactory();

        var cookies = await SignInCookiesAsync(app, "http://localhost/");

        var auth = Assert.Single(cookies, c => c.StartsWith("newsportal.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(cookies, c => c.StartsWith("__Host-", StringComparison.Ordinal));
    }
}
