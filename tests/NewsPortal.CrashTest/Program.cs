using System.Globalization;

namespace NewsPortal.CrashTest;

/// <summary>
/// <c>NewsPortal.CrashTest [--cycles N] [--clients N] [--report FILE] [--seed N] [--app NewsPortal.Web.dll]</c>:
/// runs the crash test, writes its report and exits non-zero when anything was lost.
/// </summary>
internal static class CrashTestCommand
{
    // Not top-level statements: their Program class would clash with the app's in the tests that use both.
    public static async Task<int> Main(string[] args)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var index and >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        int Number(string name, int fallback) => Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        var options = new CrashRunOptions
        {
            AppPath = Path.GetFullPath(Option("--app") ?? Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll")),
            Cycles = Number("--cycles", 100),
            Clients = Number("--clients", 2),
            Progress = Console.Out,
        };
        options = options with { Seed = Number("--seed", options.Seed) };

        var result = await CrashRun.RunAsync(options);
        var reportPath = Path.GetFullPath(Option("--report") ?? Path.Combine("TestResults", "crash-report.md"));
        Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
        await File.WriteAllTextAsync(reportPath, CrashReport.Markdown(result));
        Console.WriteLine(CrashReport.Summary(result));
        Console.WriteLine($"Report: {reportPath}");
        return result.Passed ? 0 : 1;
    }
}
