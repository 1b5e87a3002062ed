using System.Net;
using StackExchange.Redis;

namespace NewsPortal.Web.Scaling;

/// <summary>
/// The one connection to Redis that the output cache, the Data Protection key ring and the rate limits share. It is
/// opened when the app starts (<see cref="RedisStartupCheck"/>): a Redis that cannot be reached then stops the app with
/// one sentence, rather than leaving each instance to carry on with state of its own. Once connected, the client
/// reconnects by itself when Redis restarts.
/// </summary>
internal static class RedisConnection
{
    public static IConnectionMultiplexer Open(RedisOptions settings)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(settings.Connection!);
        }
        catch (ArgumentException error)
        {
            throw new SharedStateStartupException($"Redis:Connection is not a Redis configuration string: {error.Message}", error);
        }

        if (options.EndPoints.Count == 0)
        {
            throw new SharedStateStartupException(
                "Redis:Connection names no server: give its host and port, such as 127.0.0.1:6379, or remove Redis:Connection " +
                "to run a single instance with its own cache, keys and rate limits.");
        }

        options.ClientName ??= "newsportal";
        // While Redis is away, a command fails at once instead of waiting out the timeout in a queue: reader pages are
        // then built without the cache at their usual speed, rather than each waiting seconds for a Redis that is gone.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.SetDefaultPorts();
        // Only the addresses: the configuration string may hold a password.
        var servers = string.Join(", ", options.EndPoints.Select(Describe));
        try
        {
            return ConnectionMultiplexer.Connect(options);
        }
        catch (RedisConnectionException error) when (error.FailureType == ConnectionFailureType.AuthenticationFailure)
        {
            throw new SharedStateStartupException(
                $"Redis at {servers} refused the credentials in Redis:Connection: correct the user or password there.", error);
        }
        catch (RedisConnectionException error)
        {
            throw new SharedStateStartupException(
                $"Redis at {servers} (Redis:Connection) did not answer within {options.ConnectTimeout} ms: start it, correct Redis:Connection, " +
                "or remove Redis:Connection to run a single instance with its own cache, keys and rate limits.", error);
        }
    }

    private static string Describe(EndPoint endPoint) => endPoint switch
    {
        DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
        _ => endPoint.ToString() ?? "",
    };
}

/// <summary>Opens the Redis connection before anything else starts, the store's preparation included (it evicts the cache).</summary>
internal sealed class RedisStartupCheck(IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IConnectionMultiplexer>();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
