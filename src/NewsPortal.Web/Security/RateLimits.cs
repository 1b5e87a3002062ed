using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsPortal.Web.Security;

/// <summary>
/// The "RateLimits" configuration section: how often one address may try to sign in or search, and how many pages
/// the site builds at once.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 100_000)]
    public int SignInsPerMinute { get; set; } = 10;

    [Range(1, 100_000)]
    public int SearchesPerMinute { get; set; } = 60;

    /// <summary>Reads the reader cache did not answer (GET, HEAD) that are worked on at once; more wait their turn.</summary>
    [Range(1, 10_000)]
    public int PageBuildsAtOnce { get; set; } = 4 * Environment.ProcessorCount;

    /// <summary>
    /// How many more reads may wait their turn. Past that the site is overloaded, and says so (503) rather than keep a
    /// reader waiting for minutes.
    /// </summary>
    [Range(0, 100_000)]
    public int PageBuildsQueued { get; set; } = 1000;
}

/// <summary>
/// Per-address limits on the two things a bot hammers: password guessing and expensive searches. Past the limit the
/// answer is 429 with Retry-After, and the status page says to wait. And one limit for the whole site: how many
/// requests are worked on at once (<see cref="RateLimitOptions.PageBuildsAtOnce"/>).
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Search = "search";

    public static IServiceCollection AddNewsPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        Validator.ValidateObject(limits, new ValidationContext(limits), validateAllProperties: true);
        services.TryAddSingleton<IRateLimitWindows, LocalRateLimitWindows>();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count: showing the sign-in form is free.
            options.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? PerAddress(context, SignIn, limits.SignInsPerMinute)
                : RateLimitPartition.GetNoLimiter(""));
            options.AddPolicy(Search, context => PerAddress(context, Search, limits.SearchesPerMinute));
            // Only what the reader cache did not answer gets here (it sits in front). Each request worked on holds a
            // store connection with its page cache and its buffers: 32 at once on two cores took 15 MB more memory
            // than 8, and served no more pages a second. The others wait their turn, oldest first.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsExempt(context)
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetConcurrencyLimiter("page-builds", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.PageBuildsAtOnce,
                    QueueLimit = limits.PageBuildsQueued,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            options.OnRejected = (context, _) =>
            {
                var response = context.HttpContext.Response;
                if (RetryAfterSeconds(context.Lease) is { } seconds)
                {
                    response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    // Only the queue of page builds refuses without a time: the site is busy, not this address.
                    response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    response.Headers.RetryAfter = "1";
                }

                return ValueTask.CompletedTask;
            };
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, string policy, int perMinute) =>
        context.RequestServices.GetRequiredService<IRateLimitWindows>().PerMinute($"{policy}:{context.Connection.RemoteIpAddress}", perMinute);

    // Only reads wait their turn: a form post or a photo upload holds its request for as long as the sender takes to
    // send it, and must not hold up readers while it does. Health probes must answer even when the site is busy, and a
    // status page shown for a refused request must not queue again behind the requests that filled the queue.
    private static bool IsExempt(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    /// <summary>
    /// When a per-address window opens again, or null from a limiter that gives no time (the page-build queue). Read
    /// by name, not through the typed <see cref="MetadataName.RetryAfter"/>: that expects a TimeSpan, and the Redis
    /// windows give whole seconds. Never 0, which would invite an immediate retry.
    /// </summary>
    private static int? RetryAfterSeconds(RateLimitLease lease)
    {
        if (!lease.TryGetMetadata(MetadataName.RetryAfter.Name, out var value))
        {
            return null;
        }

        var wait = value switch
        {
            TimeSpan span => span,
            int seconds => TimeSpan.FromSeconds(seconds),
            _ => TimeSpan.FromMinutes(1),
        };
        return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
    }
}
