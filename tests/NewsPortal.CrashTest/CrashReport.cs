using System.Globalization;
using System.Text;

namespace NewsPortal.CrashTest;

/// <summary>The crash test's figures as a short Markdown report.</summary>
public static class CrashReport
{
    public static string Summary(CrashRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(CultureInfo.InvariantCulture,
            $"{result.CyclesTried} cycles tried, {result.Acknowledged} stories acknowledged, {result.Lost.Count} lost, {result.IntegrityFailures} integrity failures, {result.FailedRestarts} failed restarts, {result.Refused} publishes refused: {(result.Passed ? "passed" : "FAILED")}");
    }

    public static string Markdown(CrashRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var options = result.Options;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"""
            # Crash test

            In each cycle {options.Clients} editors published new stories through the admin until the app was killed
            (SIGKILL) at a random moment {options.ShortestLife.TotalMilliseconds:0}–{options.LongestLife.TotalMilliseconds:0} ms after the cycle's first acknowledged publish. The app was
            then started again on the same SQLite store, which had to hold every story whose publish had been
            acknowledged (the redirect to its editor page) and pass `PRAGMA integrity_check`.

            | | |
            | --- | ---: |
            | Result | **{(result.Passed ? "passed" : "FAILED")}** |
            | Cycles tried | {result.CyclesTried} of {options.Cycles} |
            | Stories acknowledged | {result.Acknowledged} |
            | Stories lost | {result.Lost.Count} |
            | Integrity check failures | {result.IntegrityFailures} |
            | Restarts that failed | {result.FailedRestarts} |
            | Publishes refused (an answer other than the redirect) | {result.Refused} |
            | Publishes cut off by the kill (never acknowledged) | {result.CutOff} |
            | Duration | {result.Duration:h\:mm\:ss} |
            | Random seed | {options.Seed} |
            """);
        AppendList(report, "Problems", result.Problems);
        AppendList(report, "Lost stories", result.Lost);
        if (result.KeptStoreFolder is not null)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"\nThe store was kept for inspection in `{result.KeptStoreFolder}`.");
        }

        return report.ToString();
    }

    private static void AppendList(StringBuilder report, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"\n## {heading}\n");
        foreach (var item in items)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- {item}");
        }
    }
}
