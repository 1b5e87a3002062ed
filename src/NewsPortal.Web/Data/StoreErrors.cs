using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Hosting;
using Npgsql;

namespace NewsPortal.Web.Data;

internal static class StoreErrors
{
    private const int SqliteUniqueConstraint = 2067;

    /// <summary>The save broke a unique index: another save took the same slug, name or key a moment earlier.</summary>
    public static bool IsUniqueViolation(DbUpdateException error) => error.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteUniqueConstraint,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>
    /// The store could not be reached: PostgreSQL stopped, restarting (its first answer on each pooled connection is
    /// then "terminating connection"), or out of connections. Npgsql calls these transient; EF Core may wrap them.
    /// </summary>
    public static bool IsUnreachable(Exception? error) => ErrorChain.Any(error, e => e is NpgsqlException { IsTransient: true });
}
