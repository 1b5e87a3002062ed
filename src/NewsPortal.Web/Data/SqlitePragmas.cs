using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsPortal.Web.Data;

/// <summary>
/// Per-connection SQLite settings: foreign keys enforced, every commit durable on disk, and a wait instead of an
/// immediate "database is locked" when another connection is writing. WAL itself is set once on the file.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
