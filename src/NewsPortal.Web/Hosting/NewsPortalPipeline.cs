using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Caching;
using NewsPortal.Web.Feeds;
using NewsPortal.Web.Media;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Security;
using Serilog;

namespace NewsPortal.Web.Hosting;

public static class NewsPortalPipeline
{
    public static WebApplication UseNewsPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First: everything after it (HSTS, cookies, rate limits, logs) sees the reader's address and scheme.
        app.UseForwardedHeadersFromKnownProxies(app.Configuration);
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        // The failed request's query is dropped: a ?handler=… meant for another page must not steer the status page.
        app.UseStatusCodePagesWithReExecute("/status/{0}", "?status={0}");
        app.UseNewsroomOverHttpsOnly();
        app.UseRouting();
        // A request with neither a cookie nor an Authorization header cannot be signed in, so it skips
        // authentication, whose handler is made anew for every request: a quarter of what a page served from the
        // cache allocated. UseAuthentication inside the branch marks only the branch's copy of the app's properties,
        // and WebApplication would then add authentication for every request in front of the pipeline; the key it
        // looks for is set here (SignedOutRequestsTests fails should that ever happen again).
        app.UseWhen(context => context.Request.Headers.Cookie.Count > 0 || context.Request.Headers.Authorization.Count > 0,
            signedInPerhaps => signedInPerhaps.UseAuthentication());
        ((IApplicationBuilder)app).Properties["__AuthenticationMiddlewareSet"] = true;
        // Before anything reads a body; it needs the page and the person to know the limit.
        app.UseRequestLimits();
        // After authentication, which tells it a signed-in request to pass by. Before the rate limiter, because a page
        // served from the cache costs nothing worth limiting, and before request logging: such a page did no work worth
        // a line (count readers in the reverse proxy's access log), and the logger's bookkeeping alone cost a cached
        // page a few percent of its throughput. Reader pages need no authorization, so a page is only ever in the cache
        // if anyone may have it.
        app.UseReaderCache();
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = RequestLogLevels.For;
            // The app's own logger rather than the static one, which belongs to whichever app in the process set it last.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        app.UseAuthorization();
        // Inside the cache, so that it keeps the compressed bytes (one copy per Accept-Encoding) instead of
        // compressing every hit again, which cost a browser's cached page 40% of its throughput.
        app.UseReaderCompression();
        app.UsePageBuildLimit();
        app.UseReaderRevalidation();
        app.UseRateLimiter();

        app.MapStaticAssets();
        app.UseMediaFiles();
        app.MapNewsPortalApi();
        app.MapGroup("").CacheOutput(ReaderCache.Policy).MapNewsPortalFeeds();
        app.MapRazorPages().WithStaticAssets();
        // Live: the process answers. Ready: it can serve stories, so the store must answer too.
        // Probes read; any other method gets 405.
        string[] probeMethods = [HttpMethods.Get, HttpMethods.Head];
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(new HttpMethodMetadata(probeMethods));
        app.MapHealthChecks("/health/ready").WithMetadata(new HttpMethodMetadata(probeMethods));
        app.MapHealthChecks("/health").WithMetadata(new HttpMethodMetadata(probeMethods));

        // Once serving: a command (users, backup, …) makes no links, so the warning would only be noise there.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            WarnOfAddressesTakenFromRequests(app);
            app.Logger.LogInformation("NewsPortal is ready: open {Addresses}", string.Join(" or ", app.Urls.Select(OpenableAddress)));
        });
        return app;
    }

    // Listening on every interface (a container's "http://+:8080"), the server names "http://[::]:8080", which no
    // browser opens; the machine's own name reaches the same socket.
    private static string OpenableAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var address) && IPAddress.TryParse(address.DnsSafeHost, out var ip)
            && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any))
            ? $"{address.Scheme}://localhost:{address.Port}"
            : url;

    /// <summary>
    /// Without Newsroom:PublicUrl, canonical links, feeds, sitemaps and the API take the site's address from each
    /// request's Host header, which any client can set; fine on a developer's machine, not behind a public name.
    /// </summary>
    private static void WarnOfAddressesTakenFromRequests(WebApplication app)
    {
        var publicUrl = app.Services.GetRequiredService<IOptions<NewsroomOptions>>().Value.PublicUrl;
        if (!app.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(publicUrl))
        {
            app.Logger.LogWarning(
                "Newsroom:PublicUrl is not set, so links in pages, feeds and sitemaps use the address each request names (its Host header). " +
                "Set Newsroom:PublicUrl to the site's public address, e.g. https://news.example.com, and AllowedHosts to its host name.");
        }
    }
}
