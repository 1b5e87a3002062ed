using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Hosting;

/// <summary>A setting out of its range stops the app at start with one sentence naming it, never a stack trace.</summary>
[SqliteOnly]
[Collection(AppProcesses.Name)]
public class SettingsValidationTests
{
    [Theory]
    [InlineData("Media__MaxPhotoMegapixels", "0", "MaxPhotoMegapixels")]
    [InlineData("Media__MaxPhotoSide", "70000", "MaxPhotoSide")]
    [InlineData("OutputCache__SizeLimitMegabytes", "0", "SizeLimitMegabytes")]
    [InlineData("Newsroom__ScheduleMonthsAhead", "0", "ScheduleMonthsAhead")]
    public async Task ASettingOutOfRangeStopsTheAppNamingIt(string name, string value, string field)
    {
        using var folder = SeedFile.FolderWith();

        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), (name, value),
            ("ConnectionStrings__NewsPortal", $"Data Source={Path.Combine(folder.Path, "store.db")}"), ("Store__CreateIfMissing", "true"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("A setting is not valid, so the app did not start:", run.StandardError, StringComparison.Ordinal);
        Assert.Contains(field, run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError + run.StandardOutput, StringComparison.Ordinal);
    }
}
