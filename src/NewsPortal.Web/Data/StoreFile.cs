using Microsoft.Data.Sqlite;

namespace NewsPortal.Web.Data;

/// <summary>
/// Checks the store file before anything opens it, so that a missing, wrong or damaged file stops the app with one
/// sentence naming it, instead of SQLite's error deep in a migration, or a new empty store written in its place.
/// </summary>
internal static class StoreFile
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    public static void EnsureUsable(string connectionString)
    {
        var store = new SqliteConnectionStringBuilder(connectionString);
        var path = store.DataSource;
        if (!File.Exists(path))
        {
            // Only a first start may create the store (and its folder); see StoreConnection.CreateIfMissing.
            if (store.Mode != SqliteOpenMode.ReadWriteCreate)
            {
                throw new StoreStartupException($"The store {path} does not exist; to create a new, empty store there, start the app once with Store__CreateIfMissing=true.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            // Checked by mode, not only by trying: an app run as root would otherwise write to a file meant to be read-only.
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserRead))
            {
                throw new StoreStartupException($"The store {path} cannot be read: give the app's user read and write access to it.");
            }

            if (!mode.HasFlag(UnixFileMode.UserWrite))
            {
                throw new StoreStartupException($"The store {path} is read-only: give the app's user write access to it.");
            }
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new StoreStartupException($"The store {path} cannot be opened for reading and writing: {error.Message}", error);
        }

        // An empty file is a new SQLite database; anything else must start with SQLite's header.
        if (read > 0 && (read < SqliteHeader.Length || !header.AsSpan().SequenceEqual(SqliteHeader)))
        {
            throw new StoreStartupException($"The store {path} is not a SQLite database. Point ConnectionStrings:NewsPortal at the right file, or move this one away.");
        }
    }

    /// <summary>SQLite's own words for a file it cannot use, as one sentence for the operator.</summary>
    public static StoreStartupException Damaged(string connectionString, SqliteException error) =>
        new($"The store {new SqliteConnectionStringBuilder(connectionString).DataSource} cannot be used: {error.Message.TrimEnd('.')}. Restore it from a backup.", error);
}
