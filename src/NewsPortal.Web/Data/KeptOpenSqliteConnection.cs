using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
#pragma warning disable EF1001 // EF Core's SQLite connection is internal API; closing is its documented extension point.
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;

namespace NewsPortal.Web.Data;

/// <summary>
/// EF Core's SQLite connection, left open from its first use until its pooled DbContext is disposed. Closed, the
/// connection would finalise every statement prepared on it (Microsoft.Data.Sqlite keeps none across a close), so
/// every query of every page was parsed and planned again; open, <see cref="PreparedStatements"/> keeps them.
/// EF Core still counts its opens and closes and ends its transactions as before: only the closing of the
/// underlying connection is skipped, and disposing it closes it.
/// </summary>
internal sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    public PreparedStatements Statements { get; } = new();

    protected override void CloseDbConnection()
    {
    }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;

    protected override void DisposeDbConnection()
    {
        Statements.Release();
        base.DisposeDbConnection();
    }

    protected override ValueTask DisposeDbConnectionAsync()
    {
        Statements.Release();
        return base.DisposeDbConnectionAsync();
    }
}

internal static class KeptOpenSqliteConnections
{
    /// <summary>Every DbContext on these options keeps its SQLite connection, and its prepared statements, open.</summary>
    public static DbContextOptionsBuilder KeepSqliteConnectionsOpen(this DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();
}
