using SQLitePCL;

namespace NewsPortal.Web.Data;

/// <summary>
/// A text function SQLite lacks: its lower() and LIKE fold only A to Z, so the newsroom's filter for "київ" would
/// not find "Київ". Registered on each of SQLite's connections by <see cref="SqlitePragmas"/>.
/// </summary>
public static class SqliteText
{
    public const string LowerName = "newsportal_lower";

    /// <summary>The text in lower case, in every script; in a query, SQLite's <c>newsportal_lower</c>.</summary>
    public static string? Lower(string? text) => text?.ToLowerInvariant();

    internal static void Register(sqlite3 handle) =>
        raw.sqlite3_create_function(handle, LowerName, 1, raw.SQLITE_UTF8 | raw.SQLITE_DETERMINISTIC, null,
            (context, _, values) =>
            {
                if (raw.sqlite3_value_type(values[0]) == raw.SQLITE_NULL)
                {
                    raw.sqlite3_result_null(context);
                }
                else
                {
                    raw.sqlite3_result_text(context, Lower(raw.sqlite3_value_text(values[0]).utf8_to_string()));
                }
            });
}
