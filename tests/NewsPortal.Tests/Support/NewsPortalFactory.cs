using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace NewsPortal.Tests.Support;

/// <summary>
/// The app as readers get it (Production environment), on its own temporary SQLite file (or, when the test command
/// runs the suite on PostgreSQL, its own database there), with the clock stopped at the evening the seed story was
/// published (18:00 UTC, 20:00 in Kyiv).
/// </summary>
public class NewsPortalFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset SeedEvening = new(2025, 3, 7, 18, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("newsportal-tests-").FullName;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> _services = [];

    public FakeTimeProvider Time { get; } = new(SeedEvening);

    private string? _postgresDatabase;

    public string DatabasePath => Path.Combine(_folder, "newsportal.db");

    /// <summary>Overrides a configuration value; call before the first request.</summary>
    public NewsPortalFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Adds a singleton service to the app, e.g. an EF Core interceptor; call before the first request.</summary>
    public NewsPortalFactory WithService<TService>(TService instance)
        where TService : class
    {
        _services.Add(services => services.AddSingleton(instance));
        return this;
    }

    /// <summary>Makes the app import this folder instead of the repository's seeds/.</summary>
    public NewsPortalFactory WithSeedFolder(string folder) => With("Seeds:Folder", folder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (TestPostgres.Selected)
        {
            _postgresDatabase ??= TestPostgres.CreateDatabase();
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:NewsPortal", _postgresDatabase);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:NewsPortal", $"Data Source={DatabasePath}");
        }

        // Every test starts on a new store, as a first start does.
        builder.UseSetting("Store:CreateIfMissing", "true");
        // Uploaded photos go with the test's store, not into the app's App_Data folder in the source tree.
        builder.UseSetting("Media:Folder", Path.Combine(_folder, "media"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests sign in and search far more often than a person; the limits have tests of their own.
        builder.UseSetting("RateLimits:SignInsPerMinute", "100000");
        builder.UseSetting("RateLimits:SearchesPerMinute", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            _services.ForEach(add => add(services));
        });
    }

    public HttpClient CreateReader() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _postgresDatabase is not null)
        {
            TestPostgres.DropDatabase(_postgresDatabase);
        }

        if (disposing && Directory.Exists(_folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
