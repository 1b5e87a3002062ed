using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
}
