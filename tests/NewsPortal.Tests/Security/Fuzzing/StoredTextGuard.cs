using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>
/// Text that is not valid Unicode, caught on its way into the store and looked for in the store afterwards.
/// </summary>
/// <remarks>
/// The HTTP layer turns invalid UTF-8 from a request into U+FFFD, as browsers do, so U+FFFD in the store is
/// allowed: it is what the sender's bytes mean. What is not allowed is a string the app itself broke, such as a
/// surrogate pair cut in half by a length limit: SQLite's driver would silently store it as U+FFFD, so it is
/// caught here, as a parameter of a write, before it is encoded. The store is then read byte by byte and every
/// text value must decode as strict UTF-8, whatever wrote it.
/// </remarks>
public sealed class StoredTextGuard : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _brokenWrites = new();

    public IReadOnlyCollection<string> BrokenWrites => _brokenWrites;

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var writes = command.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase) || command.CommandText.Contains("UPDATE", StringComparison.OrdinalIgnoreCase);
        if (!writes)
        {
            return;
        }

        foreach (DbParameter parameter in command.Parameters)
        {
            if (parameter.Value is string text && LoneSurrogateAt(text) is { } index)
            {
                var statement = command.CommandText.Split('\n').FirstOrDefault(line => line.Contains("INSERT", StringComparison.OrdinalIgnoreCase) || line.Contains("UPDATE", StringComparison.OrdinalIgnoreCase))?.Trim();
                _brokenWrites.Enqueue($"{statement} {parameter.ParameterName}: lone surrogate U+{(int)text[index]:X4} at {index} of {text.Length}");
            }
        }
    }

    public static int? LoneSurrogateAt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Every text value of every table, read as bytes: each that is not strict UTF-8, and how many were read.</summary>
    public static (IReadOnlyList<string> Invalid, int ValuesRead, int Columns) ScanStore(string databasePath)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var invalid = new List<string>();
        var (values, columns) = (0, 0);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        foreach (var table in Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        {
            foreach (var column in Strings(connection, $"SELECT name FROM pragma_table_info('{table}')"))
            {
                columns++;
                using var command = connection.CreateCommand();
                // No rowid: FTS5 keeps some of its tables WITHOUT ROWID.
                command.CommandText = $"SELECT CAST(\"{column}\" AS BLOB) FROM \"{table}\" WHERE typeof(\"{column}\") = 'text'";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    values++;
                    var bytes = (byte[])reader.GetValue(0);
                    try
                    {
                        strict.GetString(bytes);
                    }
                    catch (DecoderFallbackException error)
                    {
                        invalid.Add($"{table}.{column}: byte {error.Index} of {bytes.Length} is not UTF-8 in \"{Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 60)])}\"");
                    }
                }
            }
        }

        return (invalid, values, columns);
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
