using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using Serilog.Events;

namespace NewsPortal.Web.Hosting;

/// <summary>The app's commands (<c>users add …</c>, <c>backup --to …</c>, <c>data copy …</c>, <c>stories render</c>, <c>store unlock</c>) and their options.</summary>
internal static class CommandLine
{
    private static readonly HashSet<string> OwnOptions = ["--email", "--role", "--to", "--from"];

    /// <summary>The command the arguments name, or null when the app is to serve the site.</summary>
    public static string? Command(string[] args) =>
        args.Length > 0 && args[0] is UserCommand.Name or BackupCommand.Name or DataCopyCommand.Name or StoriesCommand.Name or StoreCommand.Name
            ? args[0]
            : null;

    /// <summary>
    /// The settings among a command's arguments (<c>--ConnectionStrings:NewsPortal=…</c>, or the value after the key), as
    /// the site takes them; the command's own options (<c>--email</c>, <c>--to</c>, …) and words (<c>add</c>) are not
    /// settings. So a store named on the command line is the one the command works on, as it would be the site's.
    /// </summary>
    public static string[] Settings(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new List<string>();
        for (var index = 0; index < args.Length; index++)
        {
            var argument = args[index];
            if (OwnOptions.Contains(argument))
            {
                // Its value is the command's too.
                index++;
            }
            else if (argument.StartsWith("--", StringComparison.Ordinal) && !OwnOptions.Contains(argument.Split('=')[0]))
            {
                settings.Add(argument);
                if (!argument.Contains('=', StringComparison.Ordinal) && index + 1 < args.Length)
                {
                    settings.Add(args[++index]);
                }
            }
        }

        return [.. settings];
    }

    /// <summary>Asked what the app does and takes (<c>--help</c>, <c>-h</c>), rather than to serve the site with it.</summary>
    public static bool AsksForHelp(string[] args) => args is ["--help" or "-h" or "-?" or "help", ..];

    /// <summary>What the app does with each way of starting it.</summary>
    public static string Help =>
        $"""
        NewsPortal: a news site and its newsroom.

        With no command it serves the site, on the address given by --urls (e.g. --urls http://localhost:5080) or
        ASPNETCORE_URLS. Settings come from appsettings.json, environment variables (Newsroom__SiteName=...) and
        --Key=value arguments (commands take them too); README.md names them all.

        Commands:
          {UserCommand.Usage}
          {BackupCommand.Usage}
          {DataCopyCommand.Usage}
          {StoriesCommand.Usage}
          {StoreCommand.Usage}
        """;

    /// <summary>
    /// Sends the log to standard error, leaving standard output to the command's result, which a script reads (e.g.
    /// <c>stories render | tail -1</c>). Every Console sink in the Serilog settings, one inside Async too, writes all
    /// its lines there; which lines are logged, and how they look, stays as configured.
    /// </summary>
    public static void LogToStandardError(IConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var consoleSinks = Descendants(configuration.GetSection("Serilog:WriteTo"))
            .Where(sink => string.Equals(sink["Name"], "Console", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(sink => $"{sink.Path}:Args:standardErrorFromLevel", _ => (string?)nameof(LogEventLevel.Verbose));
        configuration.AddInMemoryCollection(consoleSinks);
    }

    /// <summary>
    /// Makes the store ready as a start of the site would (schema brought up to date, Redis reached when configured),
    /// without serving requests.
    /// </summary>
    public static async Task PrepareStoreAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var hosted in app.Services.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }
    }

    /// <summary>The value after <paramref name="name"/>, as in <c>--email chief@example.com</c>.</summary>
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static IEnumerable<IConfigurationSection> Descendants(IConfigurationSection section) =>
        section.GetChildren().SelectMany(child => Descendants(child).Prepend(child));
}
