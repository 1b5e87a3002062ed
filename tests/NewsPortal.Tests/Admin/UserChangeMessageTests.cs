using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// After changing a colleague's role or disabling them, the users page says whose account changed and that their
/// sessions ended: the colleague, mid-story, finds themselves at the sign-in page, and the admin is the one asked why.
/// </summary>
public class UserChangeMessageTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task ChangingARoleNamesTheUserAndTheNewRoleAndSaysTheirSessionsEnded()
    {
        var email = $"demoted-{Guid.NewGuid():N}@newsroom.example";
        var editor = await app.SignedInAsync(Roles.Editor, email);
        var admin = await app.SignedInAsync(Roles.Admin);

        using var changed = await admin.SubmitFormAsync("/admin/users", $"tbody tr form[action*='handler=Role']:has(input[value='{await IdOfAsync(admin, email)}'])",
            new() { ["role"] = Roles.Author });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal($"{email} now has the Author role. Their sessions have ended: they sign in again to work with it.",
            (await admin.GetPageAsync("/admin/users")).Text(".flash"));
        app.Time.Advance(TimeSpan.FromSeconds(1));
        using var oldSession = await editor.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Contains("/admin/sign-in", oldSession.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingAndEnablingNameTheUser()
    {
        var email = $"leaving-{Guid.NewGuid():N}@newsroom.example";
        await app.AddUserAsync(Roles.Author, email);
        var admin = await app.SignedInAsync(Roles.Admin);
        var disableForm = $"tbody tr form[action*='handler=Disable']:has(input[value='{await IdOfAsync(admin, email)}'])";

        using (await admin.SubmitFormAsync("/admin/users", disableForm, []))
        {
            Assert.Equal($"{email} is disabled; their sessions have ended.", (await admin.GetPageAsync("/admin/users")).Text(".flash"));
        }

        using (await admin.SubmitFormAsync("/admin/users", disableForm, []))
        {
            Assert.Equal($"{email} can sign in again.", (await admin.GetPageAsync("/admin/users")).Text(".flash"));
        }
    }

    private static async Task<string> IdOfAsync(HttpClient admin, string email) =>
        (await admin.GetPageAsync("/admin/users")).QuerySelectorAll("tbody tr").Single(row => row.TextContent.Contains(email, StringComparison.Ordinal))
            .QuerySelector("input[name=userId]")!.GetAttribute("value")!;
}
