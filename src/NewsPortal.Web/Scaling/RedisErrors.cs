using NewsPortal.Web.Hosting;
using StackExchange.Redis;

namespace NewsPortal.Web.Scaling;

internal static class RedisErrors
{
    /// <summary>
    /// Redis, configured and reached at start, is away now: the client fails a command at once (the connection is
    /// down) or after its timeout. The rate limits, counted there, then cannot let a request through.
    /// </summary>
    public static bool IsUnreachable(Exception? error) => ErrorChain.Any(error, e => e is RedisConnectionException or RedisTimeoutException);
}
