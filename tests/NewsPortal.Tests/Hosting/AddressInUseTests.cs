using System.Net;
using System.Net.Sockets;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Hosting;

/// <summary>
/// A second copy of the site started on the first one's address (the usual slip: `dotnet run` in another terminal)
/// stops with one sentence saying what to do, not with pages of stack traces from the host and its background jobs.
/// </summary>
[SqliteOnly]
[Collection(AppProcesses.Name)]
public class AddressInUseTests
{
    [Fact]
    public async Task AnAddressAlreadyInUseStopsTheAppWithOneSentenceAndNoStackTrace()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        using var folder = SeedFile.FolderWith();

        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ("ASPNETCORE_URLS", address),
            ("ConnectionStrings__NewsPortal", $"Data Source={Path.Combine(folder.Path, "store.db")}"),
            ("Store__CreateIfMissing", "true"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"Failed to bind to address {address}: address already in use. Stop what is using it, or choose another address with --urls http://localhost:PORT.",
            run.StandardError.Trim());
        Assert.DoesNotContain("   at ", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(" ERR] ", run.StandardOutput, StringComparison.Ordinal);
    }
}
