using Microsoft.Data.Sqlite;

namespace NewsPortal.Web.Data;

internal static class StoreConnection
{
    public const string Name = "NewsPortal";

    /// <summary>
    /// The configured SQLite connection string, with a relative file resolved against the content root and
    /// its folder created, so that "App_Data/newsportal.db" means the same wherever the app is started from.
    /// </summary>
    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(Name)
            ?? throw new InvalidOperationException($"ConnectionStrings:{Name} is not set.");
        var connection = new SqliteConnectionStringBuilder(configured);
        if (connection.DataSource.Length == 0 || connection.DataSource == ":memory:" || connection.Mode == SqliteOpenMode.Memory)
        {
            throw new InvalidOperationException($"ConnectionStrings:{Name} must name a database file; the store is not kept in memory.");
        }

        connection.DataSource = Path.GetFullPath(connection.DataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(connection.DataSource)!);
        return connection.ToString();
    }
}
