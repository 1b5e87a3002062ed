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
    [InlineData("RequestLimits__MaxStoryFormBytes", "10", "MaxStoryFormBytes")]
    [InlineData("RateLimits__SearchesPerMinute", "0", "SearchesPerMinute")]
    [InlineData("Host__ShutdownTimeout", "30", "ShutdownTimeout")]
    public async Task ASettingOutOfRangeStopsTheAppNamingIt(string name, string value, string field)
    {
        var run = await StartWithAsync(name, value);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("A setting is not valid, so the app did not start:", run.StandardError, StringComparison.Ordinal);
        Assert.Contains(field, run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError + run.StandardOutput, StringComparison.Ordinal);
    }

    // Typed slips in an environment variable or appsettings.json: a word where a number, true/false or a time goes.
    [Theory]
    [InlineData("Newsroom__PageSize", "2O", "Newsroom:PageSize")]
    [InlineData("Store__CreateIfMissing", "yes", "Store:CreateIfMissing")]
    [InlineData("Media__MaxPhotoBytes", "5MB", "Media:MaxPhotoBytes")]
    [InlineData("RequestLimits__MaxRequestBytes", "10 MB", "RequestLimits:MaxRequestBytes")]
    [InlineData("OutputCache__Enabled", "on", "OutputCache:Enabled")]
    [InlineData("Host__ShutdownTimeout", "30s", "Host:ShutdownTimeout")]
    [InlineData("ForwardedHeaders__KnownProxies__0", "localhost", "ForwardedHeaders:KnownProxies")]
    [InlineData("Serilog__MinimumLevel__Default", "Info", "Info")]
    public async Task ASettingThatIsNotOfItsKindStopsTheAppNamingIt(string name, string value, string setting)
    {
        var run = await StartWithAsync(name, value);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("A setting is not valid, so the app did not start:", run.StandardError, StringComparison.Ordinal);
        Assert.Contains(setting, run.StandardError, StringComparison.Ordinal);
        Assert.Contains(value, run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError + run.StandardOutput, StringComparison.Ordinal);
    }

    // The app on a store of its own, to be made at start unless the setting tried is that one.
    private static async Task<AppProcess.Outcome> StartWithAsync(string name, string value)
    {
        using var folder = SeedFile.FolderWith();
        return await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), (name, value),
            ("ConnectionStrings__NewsPortal", $"Data Source={Path.Combine(folder.Path, "store.db")}"),
            ("Store__CreateIfMissing", name == "Store__CreateIfMissing" ? value : "true"));
    }
}
