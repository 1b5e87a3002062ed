using System.Threading.RateLimiting;
using NewsPortal.Web.Security;
using RedisRateLimiting;
using StackExchange.Redis;

namespace NewsPortal.Web.Scaling;

/// <summary>Per-address windows counted in Redis, so that an address gets its limit once across every instance, not once per instance.</summary>
internal sealed class RedisRateLimitWindows(IConnectionMultiplexer redis, RedisOptions settings) : IRateLimitWindows
{
    public RateLimitPartition<string> PerMinute(string key, int permits) =>
        RedisRateLimitPartition.GetFixedWindowRateLimiter(settings.InstanceName + key, _ => new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis,
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
        });
}
