using System.Net;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Security;

public class RateLimitTests
{
    [Fact]
    public async Task SignInAttemptsPastTheLimitGet429WithRetryAfter()
    {
        using var app = new NewsPortalFactory().With("RateLimits:SignInsPerMinute", "3");
        var browser = app.CreateBrowser();
        for (var i = 0; i < 3; i++)
        {
            using var attempt = await browser.SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "guess@evil.example", ["Password"] = $"guess {i}" });
            Assert.NotEqual(HttpStatusCode.TooManyRequests, attempt.StatusCode);
        }

        using var blocked = await browser.SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "guess@evil.example", ["Password"] = "guess 4" });

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.True(int.Parse(blocked.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Equal("Too many requests", (await blocked.ParseAsync()).Text("h1"));
        // Showing the form costs nothing.
        await browser.GetPageAsync("/admin/sign-in");
    }

    [Fact]
    public async Task SearchesPastTheLimitGet429()
    {
        using var app = new NewsPortalFactory().With("RateLimits:SearchesPerMinute", "2");
        var reader = app.CreateReader();

        await reader.GetPageAsync("/search?q=umerov");
        await reader.GetPageAsync("/search?q=kubilius");
        using var blocked = await reader.GetAsync(new Uri("/search?q=again", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.True(blocked.Headers.Contains("Retry-After"));
        await reader.GetPageAsync("/latest");
    }
}
