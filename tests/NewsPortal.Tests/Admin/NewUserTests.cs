using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>The users page's "Add a user" form: what an admin is told when the new account cannot be made.</summary>
public class NewUserTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    private static async Task<HttpResponseMessage> AddAsync(HttpClient admin, string email, string password = "a first password for the desk") =>
        await admin.SubmitFormAsync("/admin/users", "form[action*='handler=Add']", new() { ["Email"] = email, ["Role"] = Roles.Author, ["Password"] = password });

    [Fact]
    public async Task AnAddressThatAlreadyHasAnAccountIsToldOnceInPlainWords()
    {
        var email = await app.AddUserAsync(Roles.Author);
        var admin = await app.SignedInAsync(Roles.Admin);

        using var added = await AddAsync(admin, email);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, added.StatusCode);
        Assert.Equal([$"{email} already has an account. Change its role or enable it again among the users instead."],
            (await added.ParseAsync()).Texts(".form-errors li"));
    }

    [Fact]
    public async Task AnAddressWithCharactersSignInCannotTakeSaysWhichAreAllowed()
    {
        var admin = await app.SignedInAsync(Roles.Admin);

        using var added = await AddAsync(admin, "o'brien@newsroom.example");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, added.StatusCode);
        var error = (await added.ParseAsync()).Text(".form-errors");
        Assert.Contains("may use only the letters a to z, digits and . _ - + @", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Username", error, StringComparison.Ordinal);
    }
}
