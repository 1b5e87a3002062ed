using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsPortal.Web.Data;

internal static class StoreConnection
{
    public const string Name = "NewsPortal";

    public const string CreateIfMissingKey = "Store:CreateIfMissing";

    /// <summary>
    /// The configured SQLite connection string, with a relative file resolved against the content root, so that
    /// "App_Data/newsportal.db" means the same wherever the app is started from. Unless a missing store may be
    /// created, the file is opened read-write only, so SQLite itself can never put a new empty store in its place.
    /// </summary>
    public static string Sqlite(IConfiguration configuration, IHostEnvironment environment)
    {
        var connection = new SqliteConnectionStringBuilder(Configured(configuration));
        if (connection.DataSource.Length == 0 || connection.DataSource == ":memory:" || connection.Mode == SqliteOpenMode.Memory)
        {
            throw new StoreStartupException($"ConnectionStrings:{Name} must name a database file; the store is not kept in memory.");
        }

        connection.DataSource = Path.GetFullPath(connection.DataSource, environment.ContentRootPath);
        if (!CreateIfMissing(configuration, environment))
        {
            connection.Mode = SqliteOpenMode.ReadWrite;
        }

        return connection.ToString();
    }

    /// <summary>The configured PostgreSQL connection string; it must name the server, since a SQLite path is easy to leave behind.</summary>
    public static string Postgres(IConfiguration configuration)
    {
        NpgsqlConnectionStringBuilder connection;
        try
        {
            connection = new NpgsqlConnectionStringBuilder(Configured(configuration));
        }
        catch (ArgumentException error)
        {
            throw new StoreStartupException($"ConnectionStrings:{Name} is not a PostgreSQL connection string: {error.Message}", error);
        }

        if (string.IsNullOrWhiteSpace(connection.Host) || string.IsNullOrWhiteSpace(connection.Database))
        {
            throw new StoreStartupException(
                $"With Database:Provider=Postgres, ConnectionStrings:{Name} must name the server and the database, e.g. \"Host=127.0.0.1;Database=newsportal;Username=newsportal;Password=...\".");
        }

        return connection.ConnectionString;
    }

    private static string Configured(IConfiguration configuration) =>
        configuration.GetConnectionString(Name) ?? throw new StoreStartupException($"ConnectionStrings:{Name} is not set.");

    /// <summary>
    /// A fresh clone run with <c>dotnet run</c> (Development) makes its store; anywhere else a missing file means a
    /// wrong path or a lost volume, and an empty new store would hide that, so creating one must be asked for.
    /// </summary>
    public static bool CreateIfMissing(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(CreateIfMissingKey) ?? environment.IsDevelopment();
}
