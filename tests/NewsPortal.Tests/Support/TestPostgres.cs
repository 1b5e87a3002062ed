using Npgsql;

namespace NewsPortal.Tests.Support;

/// <summary>
/// The PostgreSQL server the test command starts (scripts/test.sh exports its address). Each app under test gets a
/// database of its own, dropped when the app is.
/// </summary>
public static class TestPostgres
{
    public const string ServerVariable = "NEWSPORTAL_TEST_POSTGRES";

    /// <summary>Set to Postgres to run the integration tests on PostgreSQL instead of SQLite.</summary>
    public const string ProviderVariable = "NEWSPORTAL_TEST_DATABASE";

    public static bool Selected =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ServerVariable} is not set: run the tests with scripts/test.sh, which starts PostgreSQL and Redis for them.");

    /// <summary>Creates an empty database and returns the connection string for it.</summary>
    public static string CreateDatabase()
    {
        var name = $"newsportal_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
