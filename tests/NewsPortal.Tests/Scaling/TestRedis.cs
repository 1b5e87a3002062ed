using NewsPortal.Tests.Support;
using StackExchange.Redis;

namespace NewsPortal.Tests.Scaling;

/// <summary>
/// The Redis that scripts/test.sh starts for the run (NEWSPORTAL_TEST_REDIS). Each test takes a key prefix of its own,
/// so tests running side by side never see each other's cache entries, keys or windows, and removes its keys after.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    public const string Variable = "NEWSPORTAL_TEST_REDIS";

    private static readonly Lazy<ConnectionMultiplexer> Connection = new(() => ConnectionMultiplexer.Connect(Address));

    /// <summary>Fails the test, never skips it, when the run has no Redis: a feature about Redis is tested on Redis.</summary>
    public static string Address => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } address
        ? address
        : throw new Xunit.Sdk.XunitException(
            $"{Variable} is not set. Run the tests with scripts/test.sh, which starts a Redis for them, or set {Variable}=host:port of a Redis you started.");

    public string InstanceName { get; } = $"newsportal-test-{Guid.NewGuid():N}:";

    public static IDatabase Database => Connection.Value.GetDatabase();

    /// <summary>An instance of the site keeping its shared state in this Redis, under this test's prefix.</summary>
    public NewsPortalFactory Instance() =>
        new NewsPortalFactory().With("Redis:Connection", Address).With("Redis:InstanceName", InstanceName);

    /// <summary>
    /// Another instance over the same store as <paramref name="first"/>, as instances behind one address share one
    /// database; <paramref name="first"/> is started first so that only it prepares the store.
    /// </summary>
    public NewsPortalFactory InstanceBeside(NewsPortalFactory first)
    {
        ArgumentNullException.ThrowIfNull(first);
        _ = first.Services;
        return Instance().With("ConnectionStrings:NewsPortal", $"Data Source={first.DatabasePath}");
    }

    /// <summary>This test's keys whose names match <paramref name="pattern"/> once the prefix is taken off ("*" for all).</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(string pattern = "*")
    {
        var keys = new List<string>();
        foreach (var endPoint in Connection.Value.GetEndPoints())
        {
            // The rate limiter's keys carry the prefix inside a hash tag ("rl:fw:{prefix…}"), so match anywhere in the name.
            await foreach (var key in Connection.Value.GetServer(endPoint).KeysAsync(pattern: $"*{InstanceName}{pattern}"))
            {
                keys.Add(key.ToString());
            }
        }

        return keys;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Connection.IsValueCreated)
        {
            return;
        }

        foreach (var key in await KeysAsync())
        {
            await Database.KeyDeleteAsync(key);
        }
    }
}
