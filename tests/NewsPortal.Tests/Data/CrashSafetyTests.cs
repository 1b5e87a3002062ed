using NewsPortal.CrashTest;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Data;

/// <summary>
/// A short run of the crash test (scripts/crash-test.sh runs the long one): the app, as its own process, is killed
/// while editors publish, and every story whose publish was acknowledged must be there after the restart.
/// </summary>
[Collection(AppProcesses.Name)]
public class CrashSafetyTests
{
    [Fact]
    public async Task AcknowledgedStoriesSurviveTheAppBeingKilledWhilePublishing()
    {
        using var progress = new StringWriter();
        var result = await CrashRun.RunAsync(new CrashRunOptions
        {
            AppPath = Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll"),
            Cycles = 5,
            LongestLife = TimeSpan.FromMilliseconds(1000),
            Progress = progress,
        });

        var report = CrashReport.Markdown(result) + Environment.NewLine + progress;
        Assert.True(result.Passed, report);
        Assert.Equal(5, result.CyclesTried);
        Assert.True(result.Acknowledged >= 5, report);
        Assert.Empty(result.Lost);
        Assert.Equal(0, result.IntegrityFailures);
    }
}
