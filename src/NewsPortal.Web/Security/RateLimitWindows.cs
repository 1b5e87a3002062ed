using System.Threading.RateLimiting;

namespace NewsPortal.Web.Security;

/// <summary>Where the per-address windows are counted: in this process, or in Redis when instances share state (see Scaling/).</summary>
public interface IRateLimitWindows
{
    /// <summary>A fixed window of one minute that lets <paramref name="permits"/> requests through for <paramref name="key"/>.</summary>
    RateLimitPartition<string> PerMinute(string key, int permits);
}

internal sealed class LocalRateLimitWindows : IRateLimitWindows
{
    public RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
