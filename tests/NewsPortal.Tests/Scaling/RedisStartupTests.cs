using System.Net;
using System.Net.Sockets;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Scaling;

/// <summary>
/// A Redis that is configured but does not answer stops the app at start with one sentence naming the setting, before
/// the store is touched: an instance that carried on with a cache and keys of its own would quietly split the site.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Collection(AppProcesses.Name)]
public class RedisStartupTests
{
    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task AnUnreachableRedisStopsTheAppWithOneSentenceThatKeepsThePasswordOut()
    {
        using var folder = SeedFile.FolderWith();
        var store = Path.Combine(folder.Path, "newsportal.db");
        var port = UnusedPort();

        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ("Redis__Connection", $"127.0.0.1:{port},password=hunter2,connectTimeout=1000"),
            ("ConnectionStrings__NewsPortal", $"Data Source={store}"),
            ("Store__CreateIfMissing", "true"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"Redis at 127.0.0.1:{port} (Redis:Connection) did not answer within 1000 ms: start it, correct Redis:Connection, " +
            "or remove Redis:Connection to run a single instance with its own cache, keys and rate limits.",
            run.StandardError.Trim());
        Assert.DoesNotContain("hunter2", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(store));
    }

    [Theory]
    [InlineData(",")]
    [InlineData("password=hunter2")]
    public async Task AConnectionStringNamingNoServerStopsTheAppSayingSo(string connection)
    {
        using var folder = SeedFile.FolderWith();

        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ("Redis__Connection", connection),
            ("ConnectionStrings__NewsPortal", $"Data Source={Path.Combine(folder.Path, "newsportal.db")}"),
            ("Store__CreateIfMissing", "true"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Redis:Connection names no server: give its host and port", run.StandardError.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
    }
}
