using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace NewsPortal.BrowserTests.Support;

/// <summary>
/// The app as readers get it (Production environment) on a real Kestrel port, so a browser can reach it,
/// with its own temporary SQLite file and the clock stopped on the evening the seed story was published.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset SeedEvening = new(2025, 3, 7, 18, 0, 0, TimeSpan.Zero);

    private readonly string _storeFolder = Directory.CreateTempSubdirectory("newsportal-browser-").FullName;

    public PortalServer() => UseKestrel(0);

    public FakeTimeProvider Time { get; } = new(SeedEvening);

    /// <summary>Starts Kestrel and returns the address it bound, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        var bound = new UriBuilder(addresses.First()) { Path = "/" };
        if (bound.Host is "0.0.0.0" or "[::]" or "+" or "*")
        {
            bound.Host = "127.0.0.1";
        }

        return bound.Uri;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:NewsPortal", $"Data Source={Path.Combine(_storeFolder, "newsportal.db")}");
        builder.UseSetting("Store:CreateIfMissing", "true"); // a new store for every server, as on a first start
        // Uploaded photos go with the store, not into the app's own App_Data folder in the source tree.
        builder.UseSetting("Media:Folder", Path.Combine(_storeFolder, "media"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every newsroom test signs in from this one address, more often than the limit for one person allows.
        builder.UseSetting("RateLimits:SignInsPerMinute", "1000");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_storeFolder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_storeFolder, recursive: true);
        }
    }
}
