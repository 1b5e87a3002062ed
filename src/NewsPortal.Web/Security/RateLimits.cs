using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsPortal.Web.Security;

/// <summary>
/// The "RateLimits" configuration section: how often one address may try to sign in or search, and how many reads
/// the site works on at once (<see cref="PageBuildLimit"/>).
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
/// answer is 429 with Retry-After, and the status page says to wait.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Search = "search";

    public static IServiceCollection AddNewsPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        Validator.ValidateObject(limits, new ValidationContext(limits), validateAllProperties: true);
        services.AddSingleton(limits);
        services.TryAddSingleton<IRateLimitWindows, LocalRateLimitWindows>();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count: showing the sign-in form is free.
            options.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? PerAddress(context, SignIn, limits.SignInsPerMinute)
                : RateLimitPartition.GetNoLimiter(""));
            options.AddPolicy(Search, context => PerAddress(context, Search, limits.SearchesPerMinute));
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds(context.Lease).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, string policy, int perMinute) =>
        context.RequestServices.GetRequiredService<IRateLimitWindows>().PerMinute($"{policy}:{context.Connection.RemoteIpAddress}", perMinute);

    /// <summary>
    /// Read by name, not through the typed <see cref="MetadataName.RetryAfter"/>: that expects a TimeSpan, and the Redis
    /// windows give whole seconds. Never 0, which would invite an immediate retry.
    /// </summary>
    private static int RetryAfterSeconds(RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter.Name, out var value)
            ? value switch
            {
                TimeSpan span => span,
                int seconds => TimeSpan.FromSeconds(seconds),
                _ => TimeSpan.FromMinutes(1),
            }
            : TimeSpan.FromMinutes(1);
        return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
    }
}
