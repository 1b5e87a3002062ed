using Npgsql;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Media;

namespace NewsPortal.Web.Data;

/// <summary>
/// <c>data copy --from SQLITE_FILE --to POSTGRES_CONNECTION_STRING</c>: moves a whole site from its SQLite store into an
/// empty PostgreSQL database, every table of the model with its keys as they are, in one transaction, then checks the
/// row counts. The site should be stopped: what it saves after the copy has read the store would not be copied.
/// Photos stay files in the media folder; only their references are rows. The password may be left out of the
/// connection string and come from PGPASSWORD or ~/.pgpass, as for psql, to keep it out of the process list.
/// </summary>
public static class DataCopyCommand
{
    public const string Name = "data";

    public const string Usage =
        "data copy --from SQLITE_FILE --to \"Host=HOST;Database=DATABASE;Username=USER[;Password=PASSWORD]\"  (password from PGPASSWORD or ~/.pgpass when left out)";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var from = CommandLine.Option(args, "--from");
        var to = CommandLine.Option(args, "--to");
        if (args.Length < 2 || args[1] != "copy" || string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to)
            || from.StartsWith("--", StringComparison.Ordinal) || to.StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        if (TargetProblem(to) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        var source = Path.GetFullPath(from);
        if (!File.Exists(source))
        {
            await Console.Error.WriteLineAsync($"There is no SQLite store at {source} to copy.");
            return 1;
        }

        try
        {
            var copy = new StoreCopy(source, to, Console.Out);
            var outcome = await copy.RunAsync(CancellationToken.None);
            if (outcome.StoriesWithPhotoFiles > 0)
            {
                var folder = app.Services.GetRequiredService<PhotoStore>().Folder;
                var stories = outcome.StoriesWithPhotoFiles == 1 ? "story" : "stories";
                await Console.Out.WriteLineAsync(
                    $"Photos stay where they are: {folder} holds the photos of {outcome.StoriesWithPhotoFiles} copied {stories}, and every instance of the site on PostgreSQL must serve that folder (Media:Folder).");
            }

            return 0;
        }
        catch (StoreCopyException error)
        {
            await Console.Error.WriteLineAsync(error.Message);
            return 1;
        }
    }

    /// <summary>Why <paramref name="connectionString"/> cannot name a PostgreSQL database, or null when it can.</summary>
    private static string? TargetProblem(string connectionString)
    {
        NpgsqlConnectionStringBuilder target;
        try
        {
            target = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException error)
        {
            return $"--to is not a PostgreSQL connection string: {error.Message}";
        }

        return string.IsNullOrWhiteSpace(target.Host) || string.IsNullOrWhiteSpace(target.Database)
            ? "--to must name the PostgreSQL server and the database (Host=...;Database=...)."
            : null;
    }
}
