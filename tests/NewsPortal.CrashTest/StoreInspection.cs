using Microsoft.Data.Sqlite;

namespace NewsPortal.CrashTest;

/// <summary>Looks into the store file directly, read-only, as a second opinion on what the app says it saved.</summary>
public static class StoreInspection
{
    public sealed record Findings(IReadOnlySet<string> PublishedHeadlines, string IntegrityCheck)
    {
        public bool IntegrityOk => IntegrityCheck == "ok";
    }

    public static async Task<Findings> InspectAsync(string storePath)
    {
        var readOnly = new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(readOnly.ToString());
        await connection.OpenAsync();

        var published = new HashSet<string>(StringComparer.Ordinal);
        await using (var headlines = connection.CreateCommand())
        {
            headlines.CommandText = "SELECT Headline FROM Articles WHERE Status = 'Published'";
            await using var reader = await headlines.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                published.Add(reader.GetString(0));
            }
        }

        var integrity = new List<string>();
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            await using var reader = await check.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                integrity.Add(reader.GetString(0));
            }
        }

        return new Findings(published, string.Join("; ", integrity));
    }
}
