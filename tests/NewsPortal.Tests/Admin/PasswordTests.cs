using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

public class PasswordTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Theory]
    [InlineData("aaaaaaaaaaaaaaaa", "different characters")]
    [InlineData("abababababababab", "different characters")]
    [InlineData("margaret.hale-2025!", "email")]
    public async Task AGuessablePasswordIsRefusedForANewUserWithTheReason(string password, string reason)
    {
        var admin = await app.SignedInAsync(Roles.Admin);

        using var added = await admin.SubmitFormAsync("/admin/users", "form[action*='handler=Add']",
            new() { ["Email"] = $"margaret.hale@newsroom.example", ["Role"] = "Author", ["Password"] = password });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, added.StatusCode);
        Assert.Contains(reason, (await added.ParseAsync()).Text(".form-errors"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Newsroom.Password, "already has")]
    [InlineData("short", "12 to 1,000 characters")]
    [InlineData("x", "12 to 1,000 characters", 5000)]
    public async Task ANewPasswordThatCannotBeUsedIsRefusedWith422AndTheReason(string password, string reason, int repeat = 1)
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        var newPassword = string.Concat(Enumerable.Repeat(password, repeat));

        using var changed = await editor.SubmitFormAsync("/admin/password", "form.admin-form",
            new() { ["Current"] = Newsroom.Password, ["New"] = newPassword, ["Confirm"] = newPassword });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Contains(reason, (await changed.ParseAsync()).Text(".form-errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongCurrentPasswordIsToldInPlainWords()
    {
        var editor = await app.SignedInAsync(Roles.Editor);

        using var changed = await editor.SubmitFormAsync("/admin/password", "form.admin-form",
            new() { ["Current"] = "not my password at all", ["New"] = "a different, long passphrase", ["Confirm"] = "a different, long passphrase" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Equal(["The current password is not right. Type the password you signed in with."], (await changed.ParseAsync()).Texts(".form-errors li"));
    }

    [Fact]
    public async Task AGoodNewPasswordIsTaken()
    {
        var editor = await app.SignedInAsync(Roles.Editor);

        using var changed = await editor.SubmitFormAsync("/admin/password", "form.admin-form",
            new() { ["Current"] = Newsroom.Password, ["New"] = "a different, long passphrase", ["Confirm"] = "a different, long passphrase" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
    }
}
