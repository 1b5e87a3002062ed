using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using NewsPortal.Web.Caching;
using NewsPortal.Web.Feeds;
using NewsPortal.Web.Media;
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
        app.UseRequestLimits();
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevels.For);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // Before the rate limiter: a page served from the cache costs nothing worth limiting.
        app.UseReaderCache();
        // Inside the cache, so that it keeps the compressed bytes (one copy per Accept-Encoding) instead of
        // compressing every hit again, which cost a browser's cached page 40% of its throughput.
        app.UseReaderCompression();
        app.UseRateLimiter();

        app.MapStaticAssets();
        app.UseMediaFiles();
        app.MapNewsPortalApi();
        app.MapGroup("").CacheOutput(ReaderCache.Policy).MapNewsPortalFeeds();
        app.MapRazorPages().WithStaticAssets();
        // Live: the process answers. Ready: it can serve stories, so the store must answer too.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        app.MapHealthChecks("/health");

        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("NewsPortal is ready: open {Addresses}", string.Join(" or ", app.Urls)));
        return app;
    }
}
