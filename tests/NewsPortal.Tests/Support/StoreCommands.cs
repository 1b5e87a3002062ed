using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsPortal.Tests.Support;

/// <summary>
/// Records the SQL the app sends to one store file, through EF Core's diagnostic events, so that a test can ask
/// SQLite how it would run each statement.
/// </summary>
public sealed class StoreCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    public sealed record Command(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    private readonly string _databasePath;
    private readonly IDisposable _allListeners;
    private readonly ConcurrentQueue<IDisposable> _subscriptions = new();
    private readonly ConcurrentQueue<Command> _commands = new();

    public StoreCommands(string databasePath)
    {
        _databasePath = Path.GetFullPath(databasePath);
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public IReadOnlyList<Command> Recorded => [.. _commands];

    public void Clear() => _commands.Clear();

    /// <summary>SQLite's plan for a recorded statement, one line per step.</summary>
    public IReadOnlyList<string> PlanOf(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var connection = new SqliteConnection($"Data Source={_databasePath};Mode=ReadOnly");
        connection.Open();
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

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Enqueue(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name
            && value.Value is CommandEventData { Command: SqliteCommand command }
            && string.Equals(Path.GetFullPath(command.Connection?.DataSource ?? "."), _databasePath, StringComparison.Ordinal))
        {
            _commands.Enqueue(new Command(
                command.CommandText,
                [.. command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value))]));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _allListeners.Dispose();
        while (_subscriptions.TryDequeue(out var subscription))
        {
            subscription.Dispose();
        }
    }
}
