using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

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
    public async Task APasswordTypedAtTheTerminalIsNotShownAndSignsInAndOnlyTheResultGoesToStandardOutput()
    {
        using var app = new NewsPortalFactory();
        using var folder = SeedFile.FolderWith();
        var result = Path.Combine(folder.Path, "result.txt");
        var store = ("ConnectionStrings__NewsPortal", $"Data Source={app.DatabasePath}");

        var added = await AppProcess.RunAtTerminalAsync(TimeSpan.FromSeconds(60),
            ["users", "add", "--email", "chief@newsroom.example", "--role", "Admin"], "Password for chief@newsroom.example: ", "typed where anyone may look",
            result, store, ("Store__CreateIfMissing", "true"));

        Assert.True(added.ExitCode == 0, added.StandardOutput);
        Assert.DoesNotContain("where anyone", added.StandardOutput, StringComparison.Ordinal);
        // The prompt is the person's, on the terminal; a script reading the command's output gets the result alone.
        Assert.Equal("Added chief@newsroom.example as Admin. Sign in at /admin/sign-in.", (await File.ReadAllTextAsync(result)).TrimEnd('\n'));
        using var signIn = await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "chief@newsroom.example", ["Password"] = "typed where anyone may look" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
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

    [Fact]
    public async Task AnAdminWhoForgotTheirPasswordGetsANewOneFromTheCommandLine()
    {
        using var app = new NewsPortalFactory();
        var email = await app.AddUserAsync(Roles.Admin);
        var store = ("ConnectionStrings__NewsPortal", $"Data Source={app.DatabasePath}");

        var set = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["users", "password", "--email", email], "a password written down this time\n", store);
        var unknown = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ["users", "password", "--email", "nobody@newsroom.example"], null, store, ("NEWSPORTAL_PASSWORD", "a password for nobody at all"));
        var weak = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["users", "password", "--email", email], null, store, ("NEWSPORTAL_PASSWORD", "short"));

        Assert.True(set.ExitCode == 0, set.StandardError);
        Assert.Contains($"{email} has a new password", set.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no user nobody@newsroom.example", unknown.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("The password was not changed", weak.StandardError, StringComparison.Ordinal);
        using var signIn = await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = email, ["Password"] = "a password written down this time" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}
