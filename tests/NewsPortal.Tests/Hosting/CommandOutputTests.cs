using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Hosting;

/// <summary>A command's standard output is its result alone, for a script to read; what it logs is diagnostics.</summary>
[SqliteOnly]
[Collection(AppProcesses.Name)]
public class CommandOutputTests
{
    [Fact]
    public async Task ACommandWritesOnlyItsResultToStandardOutputAndItsLogToStandardError()
    {
        using var folder = SeedFile.FolderWith();

        // A new store in Production: the command logs the seed import. It makes no links, so a missing public address is
        // not worth a warning there.
        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ["users", "add", "--email", "chief@newsroom.example", "--role", "Admin"], null,
            ("ConnectionStrings__NewsPortal", $"Data Source={Path.Combine(folder.Path, "store.db")}"),
            ("Store__CreateIfMissing", "true"),
            ("NEWSPORTAL_PASSWORD", "a long first password"));

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal($"Added chief@newsroom.example as Admin. Sign in at /admin/sign-in.{Environment.NewLine}", run.StandardOutput);
        Assert.Contains("INF] Wire import done", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("PublicUrl", run.StandardError, StringComparison.Ordinal);
    }
}
