using System.Net;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Admin;

/// <summary>The first admin is made from the command line, as the README says, and can then sign in.</summary>
[SqliteOnly]
[Collection(AppProcesses.Name)]
public class UserCommandTests
{
    [Fact]
    public async Task TheFirstAdminIsAddedFromTheCommandLineAndSignsIn()
    {
        using var app = new NewsPortalFactory();
        var store = ("ConnectionStrings__NewsPortal", $"Data Source={app.DatabasePath}");

        // The first start of a new site: the command creates the store.
        var added = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ["users", "add", "--email", "chief@newsroom.example", "--role", "Admin"], "a long first password\n", store, ("Store__CreateIfMissing", "true"));

        Assert.True(added.ExitCode == 0, added.StandardError);
        Assert.Contains("Added chief@newsroom.example as Admin.", added.StandardOutput, StringComparison.Ordinal);
        var browser = app.CreateBrowser();
        using var signIn = await browser.SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "chief@newsroom.example", ["Password"] = "a long first password" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task APasswordFromTheEnvironmentWorksAndAWeakOneIsRefused()
    {
        using var folder = SeedFile.FolderWith();
        var store = ("ConnectionStrings__NewsPortal", $"Data Source={Path.Combine(folder.Path, "store.db")}");

        // The first run makes the store, the others find it.
        var weak = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ["users", "add", "--email", "editor@newsroom.example", "--role", "Editor"], null, store, ("Store__CreateIfMissing", "true"), ("NEWSPORTAL_PASSWORD", "short"));
        var strong = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ["users", "add", "--email", "editor@newsroom.example", "--role", "Editor"], null, store, ("NEWSPORTAL_PASSWORD", "long enough password"));
        var unknownRole = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ["users", "add", "--email", "x@newsroom.example", "--role", "Owner"], null, store, ("NEWSPORTAL_PASSWORD", "long enough password"));
        var usage = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["users", "remove"], null, store);

        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("Use a password of at least 12 characters", weak.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, strong.ExitCode);
        Assert.Equal(1, unknownRole.ExitCode);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("Usage: users add", usage.StandardError, StringComparison.Ordinal);
    }
}
