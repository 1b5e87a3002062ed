using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
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

    [Theory]
    [InlineData("o'brien@newsroom.example")]
    [InlineData("олена.коваль@редакція.укр")]
    public async Task AnAddressWithAnApostropheOrInAnotherScriptGetsAnAccountThatSignsIn(string email)
    {
        var admin = await app.SignedInAsync(Roles.Admin);

        using var added = await AddAsync(admin, email);
        using var signIn = await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = email, ["Password"] = "a first password for the desk" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("desk@localhost")]
    [InlineData("desk@newsroom.")]
    [InlineData("desk@.example")]
    [InlineData("desk@news room.example")]
    [InlineData("news desk@newsroom.example")]
    [InlineData("desk@@newsroom.example")]
    [InlineData("newsroom.example")]
    [InlineData("desk\u202E@newsroom.example")]
    [InlineData("desk@news\u200Broom.example")]
    public async Task AnImplausibleEmailIsRefusedWithWhatAnAddressNeeds(string email)
    {
        var admin = await app.SignedInAsync(Roles.Admin);

        using var added = await AddAsync(admin, email);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, added.StatusCode);
        var page = await added.ParseAsync();
        Assert.Equal([NewsroomEmail.Problem], page.Texts(".form-errors li"));
        Assert.Equal(email, page.QuerySelector("input[name=Email]")!.GetAttribute("value"));
        Assert.DoesNotContain(email, page.Texts(".admin-table tbody td:first-child"));
    }

    [Fact]
    public async Task TheUsersCommandRefusesAnImplausibleEmailToo()
    {
        await using var scope = app.Services.CreateAsyncScope();

        var problems = await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>().AddAsync("chief@newsroom", Roles.Admin, Newsroom.Password);

        Assert.Equal([NewsroomEmail.Problem], problems);
    }

    [Fact]
    public async Task AnAccountWhoseStoredAddressIsOddStillSignsInAndChangesItsPassword()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Editor))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Editor));
            }

            var legacy = new NewsroomUser { UserName = "desk@newsroom", Email = "desk@newsroom" };
            Assert.True((await users.CreateAsync(legacy, Newsroom.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(legacy, Roles.Editor)).Succeeded);
        }

        var browser = app.CreateBrowser();
        using var signIn = await browser.SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "desk@newsroom", ["Password"] = Newsroom.Password });
        using var changed = await browser.SubmitFormAsync("/admin/password", "form.admin-form",
            new() { ["Current"] = Newsroom.Password, ["New"] = "harbour lights after midnight", ["Confirm"] = "harbour lights after midnight" });

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
    }
}
