using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsPortal.Web.Data;

namespace NewsPortal.Tests.Support;

/// <summary>
/// Records the queries the app sends to its store (an EF Core interceptor the app picks up from its services), so
/// that a test can ask SQLite how it would run each one.
/// </summary>
public sealed partial class StoreCommands : DbCommandInterceptor
{
    public sealed record Command(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    private readonly ConcurrentQueue<Command> _commands = new();

    public IReadOnlyList<Command> Recorded => [.. _commands];

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>SQLite's plan for a recorded statement, one line per step.</summary>
    public static IReadOnlyList<string> PlanOf(string databasePath, Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        SqlitePragmas.PlanWithoutBoundValues(connection.Handle!); // as the app plans its statements
        SqliteText.Register(connection.Handle!); // and has its functions
        using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var plan = new List<string>();
        using var reader = explain.ExecuteReader();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    /// <summary>The columns of one of the store's indexes, in order.</summary>
    public static IReadOnlyList<string> ColumnsOfIndex(string databasePath, string index)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        using var columns = connection.CreateCommand();
        columns.CommandText = "SELECT name FROM pragma_index_info($index)";
        columns.Parameters.AddWithValue("$index", index);
        var names = new List<string>();
        using var reader = columns.ExecuteReader();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>The columns a partial index's condition names (the stories it holds are those it keeps); none for a whole one.</summary>
    public static IReadOnlyList<string> ConditionColumnsOfIndex(string databasePath, string index)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        using var definition = connection.CreateCommand();
        definition.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = $index";
        definition.Parameters.AddWithValue("$index", index);
        var sql = definition.ExecuteScalar() as string ?? "";
        var condition = sql.IndexOf(" WHERE ", StringComparison.Ordinal);
        return condition < 0 ? [] : [.. QuotedName().Matches(sql[condition..]).Select(m => m.Groups["name"].Value)];
    }

    [GeneratedRegex("\"(?<name>\\w+)\"")]
    private static partial Regex QuotedName();

    private void Record(DbCommand command) =>
        _commands.Enqueue(new Command(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
}
