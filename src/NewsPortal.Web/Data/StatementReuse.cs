using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsPortal.Web.Data;

/// <summary>Hands EF Core the connection's prepared command for a query's text instead of the new one it built.</summary>
internal sealed class StatementReuse : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        result is SqliteCommand built && eventData.Context?.GetService<IRelationalConnection>() is KeptOpenSqliteConnection connection
            ? connection.Statements.Take(built)
            : result;
}
