using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;

namespace NewsPortal.Web.Security;

/// <summary>
/// How many reads the reader cache did not answer are worked on at once (<see cref="RateLimitOptions.PageBuildsAtOnce"/>):
/// each holds a store connection with its page cache and its buffers, and 32 at once on two cores took 10 MB more
/// memory than 8 and served no more pages a second. The others wait their turn, oldest first; past
/// <see cref="RateLimitOptions.PageBuildsQueued"/> waiting the site says it is busy (503 with Retry-After).
/// </summary>
public static class PageBuildLimit
{
    /// <summary>Goes after the reader cache, so that a page from the cache never waits.</summary>
    public static IApplicationBuilder UsePageBuildLimit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.ApplicationServices.GetRequiredService<RateLimitOptions>();
        var builds = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.PageBuildsAtOnce,
            QueueLimit = limits.PageBuildsQueued,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        return app.Use(async (context, next) =>
        {
            if (WaitsNoTurn(context))
            {
                await next(context);
                return;
            }

            using var lease = await builds.AcquireAsync(1, context.RequestAborted);
            if (!lease.IsAcquired)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            context.Features.Set(new PageBuildPermit(lease));
            await next(context);
        });
    }

    // Only reads wait their turn: a form post or a photo upload lasts as long as its sender takes to send it, and must
    // not hold up readers meanwhile. Health probes answer even when the site is busy, and the status page shown for a
    // refused request must not queue again behind the requests that filled the queue.
    private static bool WaitsNoTurn(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
}

/// <summary>
/// The permit a request is being worked on under. A page is sent while the permit is held, since a reader who takes it
/// at once frees the permit a moment later; one who takes it slowly gives it back (<see cref="GiveBack"/>) so as not to
/// hold up everyone else's pages for as long as the page takes to reach them.
/// </summary>
public sealed class PageBuildPermit(RateLimitLease lease)
{
    public void GiveBack() => lease.Dispose();
}
