using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Audit;

namespace NewsPortal.Tests.Admin;

/// <summary>The users page's "Set a user's password": the way back in for someone who has forgotten theirs.</summary>
public class SetPasswordTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    private const string NewPassword = "a new password read out on the phone";

    [Fact]
    public async Task AnAdminGivesAnEditorANewPasswordTheOldOneAndTheEditorsSessionsStopWorkingAndALockoutIsLifted()
    {
        var email = $"forgetful-{Guid.NewGuid():N}@newsroom.example";
        var editor = await app.SignedInAsync(Roles.Editor, email);
        await LockOutAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, Newsroom.Password)).StatusCode); // refused while locked out
        var admin = await app.SignedInAsync(Roles.Admin);

        using var set = await SetAsync(admin, await IdOfAsync(email), NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var flash = (await admin.GetPageAsync("/admin/users")).QuerySelector(".flash")?.TextContent;
        Assert.StartsWith($"{email} has a new password; their sessions have ended.", flash, StringComparison.Ordinal);
        // The cookie is checked against the stamp whenever time has moved since it was issued.
        app.Time.Advance(TimeSpan.FromSeconds(1));
        using var oldSession = await editor.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, oldSession.StatusCode);
        Assert.Contains("/admin/sign-in", oldSession.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, Newsroom.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, NewPassword)).StatusCode);
        Assert.Equal(AuditActions.PasswordSet, await app.WithStoreAsync(db =>
            db.AuditEvents.AsNoTracking().Where(e => e.Subject == email).OrderBy(e => e.Id).Select(e => e.Action).LastAsync()));
    }

    [Theory]
    [InlineData("too short", "The password must be 12 to 1,000 characters long.")]
    [InlineData("", "The password must be 12 to 1,000 characters long.")]
    [InlineData("password1234", GuessablePasswords.GuessedFirst)]
    public async Task APasswordTheRulesRefuseComesBackAtItsFieldInItsOwnFormAndLeavesTheOldOneInPlace(string password, string problem)
    {
        var email = await app.AddUserAsync(Roles.Author);
        var admin = await app.SignedInAsync(Roles.Admin);
        var userId = await IdOfAsync(email);

        using var set = await SetAsync(admin, userId, password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, set.StatusCode);
        var page = await set.ParseAsync();
        var form = page.QuerySelector("form[action*='handler=Password']")!;
        Assert.Equal([problem], form.QuerySelectorAll(".form-errors li").Select(line => line.Text()));
        var field = form.QuerySelector("#NewPassword")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal(problem, page.GetElementById(field.GetAttribute("aria-describedby")!)?.Text());
        Assert.False(field.HasAttribute("value"));
        Assert.Equal(userId, form.QuerySelector("#PasswordUser option[selected]")?.GetAttribute("value"));
        var addForm = page.QuerySelector("form[action*='handler=Add']")!;
        Assert.Null(addForm.QuerySelector(".form-errors"));
        Assert.Empty(addForm.QuerySelectorAll("[aria-invalid]"));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, Newsroom.Password)).StatusCode);
    }

    [Fact]
    public async Task AnAdminsOwnAccountIsNotOfferedAndAForgedPostForItOrForNoOneChangesNothing()
    {
        var email = $"chief-{Guid.NewGuid():N}@newsroom.example";
        var admin = await app.SignedInAsync(Roles.Admin, email);
        var page = await admin.GetPageAsync("/admin/users");
        Assert.DoesNotContain(email, page.QuerySelectorAll("#PasswordUser option").Select(option => option.TextContent));

        using var own = await SetAsync(admin, await IdOfAsync(email), NewPassword);
        Assert.StartsWith("Change your own password under Password", (await admin.GetPageAsync("/admin/users")).QuerySelector(".flash")?.TextContent, StringComparison.Ordinal);
        using var nobody = await SetAsync(admin, Guid.NewGuid().ToString(), NewPassword);

        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, Newsroom.Password)).StatusCode);
    }

    private static Task<HttpResponseMessage> SetAsync(HttpClient admin, string userId, string password) =>
        admin.SubmitFormAsync("/admin/users", "form[action*='handler=Password']", new() { ["userId"] = userId, ["newPassword"] = password });

    private async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = email, ["Password"] = password });

    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>().FindByEmailAsync(email))!.Id;
    }

    private async Task LockOutAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
    }
}
