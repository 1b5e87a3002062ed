using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;

namespace NewsPortal.Tests.Hosting;

/// <summary>An operator who asks the app what it takes is told, and no site is started on their behalf.</summary>
[SqliteOnly]
[Collection(AppProcesses.Name)]
public class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task AskingForHelpListsTheCommandsAndStartsNothing(string flag)
    {
        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(30), [flag], null);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--urls", run.StandardOutput, StringComparison.Ordinal);
        foreach (var usage in new[] { UserCommand.Usage, BackupCommand.Usage, DataCopyCommand.Usage, StoriesCommand.Usage, StoreCommand.Usage })
        {
            Assert.Contains(usage, run.StandardOutput, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("NewsPortal is ready", run.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("", run.StandardError);
    }
}
