using Microsoft.Data.Sqlite;

namespace NewsPortal.Web.Data;

/// <summary>
/// The commands run on one open SQLite connection, kept by their text with their statements prepared, so the next
/// query with the same text binds its values to a statement SQLite has already parsed and planned. A command is
/// handed out only while no reader of its is open, and its parameters and transaction are set afresh each time.
/// </summary>
internal sealed class PreparedStatements
{
    private readonly Dictionary<string, ReusedCommand> _idle = new(StringComparer.Ordinal);
    private bool _released;

    /// <summary>The kept command for the text of <paramref name="built"/>, given its parameters, or a new one to keep.</summary>
    public SqliteCommand Take(SqliteCommand built)
    {
        if (_released)
        {
            return built;
        }

        if (!_idle.Remove(built.CommandText, out var command))
        {
            command = new ReusedCommand(this) { Connection = built.Connection, CommandText = built.CommandText };
        }

        command.Transaction = built.Transaction;
        command.CommandTimeout = built.CommandTimeout;
        foreach (SqliteParameter parameter in built.Parameters)
        {
            command.Parameters.Add(parameter);
        }

        built.Parameters.Clear();
        built.Dispose();
        return command;
    }

    /// <summary>Finalises every kept statement: the connection is about to close for good.</summary>
    public void Release()
    {
        _released = true;
        foreach (var command in _idle.Values)
        {
            command.Dispose();
        }

        _idle.Clear();
    }

    // False once released, and for a command disposed while kept (its connection is closing) or while another with
    // its text is kept: that one is disposed for real.
    private bool Keep(ReusedCommand command)
    {
        if (_released)
        {
            return false;
        }

        if (_idle.TryGetValue(command.CommandText, out var kept))
        {
            if (kept == command)
            {
                _idle.Remove(command.CommandText);
            }

            return false;
        }

        command.Parameters.Clear();
        command.Transaction = null;
        _idle.Add(command.CommandText, command);
        return true;
    }

    private sealed class ReusedCommand(PreparedStatements statements) : SqliteCommand
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing && statements.Keep(this))
            {
                return;
            }

            base.Dispose(disposing);
        }
    }
}
