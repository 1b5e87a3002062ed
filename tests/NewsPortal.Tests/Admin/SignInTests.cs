using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Pages.Admin;

namespace NewsPortal.Tests.Admin;

public class SignInTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task AReaderIsSentToSignInFromEveryAdminPage()
    {
        foreach (var url in new[] { "/admin", "/admin/stories/new", "/admin/stories/1/edit", "/admin/users", "/admin/audit" })
        {
            using var response = await app.CreateBrowser().GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/admin/sign-in?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/admin/stories/1/edit?handler=Save", "/admin/stories/1/edit")]
    [InlineData("/admin/stories/new?handler=Publish", "/admin/stories/new")]
    public async Task AFormSentAfterTheSessionEndedLeadsBackToItsPageNotToItsHandler(string action, string page)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Draft.Headline"] = "Typed while signed out" });
        using var response = await app.CreateBrowser().PostAsync(new Uri(action, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/sign-in?ReturnUrl={Uri.EscapeDataString(page)}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task AnEditorSignsInAndReachesTheStoryList()
    {
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await editor.GetPageAsync("/admin");

        Assert.Equal("Stories", page.Text("h1"));
        Assert.Contains("Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products", page.Texts("table a"));
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownUserGetTheSameAnswer()
    {
        var email = await app.AddUserAsync(Roles.Author);

        var wrongPassword = await (await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = email, ["Password"] = "not the password" })).ParseAsync();
        var unknownUser = await (await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "nobody@newsroom.example", ["Password"] = "not the password" })).ParseAsync();

        Assert.Equal(SignInModel.Failure, wrongPassword.Text(".form-errors"));
        Assert.Equal(wrongPassword.Text(".form-errors"), unknownUser.Text(".form-errors"));
    }

    [Fact]
    public async Task AnEmptyFormIsToldWhatIsMissingNotThatTheAccountDoesNotMatch()
    {
        var page = await (await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "", ["Password"] = "" })).ParseAsync();

        Assert.Equal(["Enter your email.", "Enter your password."], page.Texts(".form-errors li"));
    }

    [Fact]
    public async Task AFormTheBrowserDidNotCheckIsToldWhatIsWrongInTheNewsroomsWords()
    {
        var notAnEmail = await (await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "chief", ["Password"] = "x" })).ParseAsync();
        var tooLong = await (await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form",
            new() { ["Email"] = new string('a', 300) + "@newsroom.example", ["Password"] = new string('a', 1001) })).ParseAsync();

        Assert.Equal(["Enter your whole email address, such as name@newsroom.example."], notAnEmail.Texts(".form-errors li"));
        Assert.Equal(["An email address here has at most 256 characters.", "A password here has at most 1,000 characters."], tooLong.Texts(".form-errors li"));
    }

    [Fact]
    public async Task FiveFailedSignInsLockTheAccount()
    {
        var email = await app.AddUserAsync(Roles.Editor);
        var browser = app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await browser.SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = email, ["Password"] = "wrong" });
            Assert.NotEqual(HttpStatusCode.Redirect, failed.StatusCode);
        }

        using var withRightPassword = await browser.SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = email, ["Password"] = Newsroom.Password });

        Assert.NotEqual(HttpStatusCode.Redirect, withRightPassword.StatusCode);
        Assert.Equal(SignInModel.Failure, (await withRightPassword.ParseAsync()).Text(".form-errors"));
    }

    [Fact]
    public async Task ACopiedCookieStopsWorkingAfterSignOut()
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        var copied = app.CreateBrowser();
        copied.DefaultRequestHeaders.Add("Cookie", editor.CookieHeader());
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);

        using var signOut = await editor.SubmitFormAsync("/admin", "form[action='/admin/sign-out']", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        // The cookie is checked against the stamp whenever time has moved since it was issued, as it always has for a thief.
        app.Time.Advance(TimeSpan.FromSeconds(1));
        using var replay = await copied.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("http:/evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task SignInNeverRedirectsOffTheSite(string returnUrl)
    {
        var email = await app.AddUserAsync(Roles.Author);

        using var response = await app.CreateBrowser().SubmitFormAsync($"/admin/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "form",
            new() { ["Email"] = email, ["Password"] = Newsroom.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignInKeepsALocalReturnAddress()
    {
        var email = await app.AddUserAsync(Roles.Editor);

        using var response = await app.CreateBrowser().SubmitFormAsync("/admin/sign-in?ReturnUrl=%2Fadmin%2Fstories%2Fnew", "form",
            new() { ["Email"] = email, ["Password"] = Newsroom.Password });

        Assert.Equal("/admin/stories/new", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        var email = await app.AddUserAsync(Roles.Editor);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = Newsroom.Password });

        using var response = await app.CreateBrowser().PostAsync(new Uri("/admin/sign-in", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OnlyTheSignOutFormsOwnPostEndsTheSession()
    {
        var editor = await app.SignedInAsync(Roles.Editor);

        // A link or an image on another page (GET), and a post without the form's token, leave the editor signed in.
        using var byLink = await editor.GetAsync(new Uri("/admin/sign-out", UriKind.Relative));
        using var empty = new FormUrlEncodedContent([]);
        using var forged = await editor.PostAsync(new Uri("/admin/sign-out", UriKind.Relative), empty);
        app.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, byLink.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await editor.GetPageAsync("/admin");

        using var signOut = await editor.SubmitFormAsync("/admin", "form[action='/admin/sign-out']", []);
        app.Time.Advance(TimeSpan.FromSeconds(1));
        using var after = await editor.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/admin/sign-in", after.Headers.Location?.AbsolutePath);
    }
}
