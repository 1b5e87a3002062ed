using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Hosting;

/// <summary>
/// Behind nginx every request comes from the proxy. From a proxy named in ForwardedHeaders:KnownProxies, the site takes
/// the reader's address and scheme from X-Forwarded-For and X-Forwarded-Proto (so each reader has a rate limit of their
/// own and HTTPS is recognised); from anyone else, and by default, those headers are ignored.
/// </summary>
public class ForwardedHeadersTests
{
    /// <summary>Makes every request arrive from <paramref name="address"/>, as the test server gives none.</summary>
    private sealed class ConnectionFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }

    private static NewsPortalFactory Site(IPAddress connectionFrom, string? knownProxy)
    {
        var app = new NewsPortalFactory()
            .With("RateLimits:SearchesPerMinute", "2")
            .WithService<IStartupFilter>(new ConnectionFrom(connectionFrom));
        return knownProxy is null ? app : app.With("ForwardedHeaders:KnownProxies:0", knownProxy);
    }

    private static async Task<HttpResponseMessage> SearchAsync(HttpClient client, string query, string reader, string scheme = "http")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/search?q={query}");
        // HSTS is never sent to localhost.
        request.Headers.Host = "news.example";
        request.Headers.Add("X-Forwarded-For", reader);
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task BehindAKnownProxyEachReaderHasALimitOfTheirOwnAndHttpsIsRecognised()
    {
        using var app = Site(IPAddress.Loopback, "127.0.0.1");
        var proxy = app.CreateReader();

        using var first = await SearchAsync(proxy, "umerov", "203.0.113.5", "https");
        using var second = await SearchAsync(proxy, "kubilius", "203.0.113.5");
        using var third = await SearchAsync(proxy, "army", "203.0.113.5");
        using var otherReader = await SearchAsync(proxy, "procurement", "203.0.113.6");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherReader.StatusCode);
    }

    [Theory]
    [InlineData(null)] // nothing configured
    [InlineData("192.0.2.1")] // a proxy, but not the one connecting
    public async Task ForwardedHeadersFromAnyoneElseAreIgnored(string? knownProxy)
    {
        using var app = Site(IPAddress.Parse("198.51.100.7"), knownProxy);
        var client = app.CreateReader();

        using var first = await SearchAsync(client, "umerov", "203.0.113.5", "https");
        using var second = await SearchAsync(client, "kubilius", "203.0.113.6");
        using var third = await SearchAsync(client, "army", "203.0.113.7");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }
}
