using System.Net;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Hosting;

public class UnansweredRequestsTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/latest")]
    [InlineData("TRACE", "/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of")]
    [InlineData("TRACE", "/articles/999")]
    [InlineData("OPTIONS", "/tags/umerov")]
    [InlineData("TRACE", "/sections/facts")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of")]
    [InlineData("PATCH", "/latest")]
    [InlineData("POST", "/search?q=x")]
    [InlineData("PROPFIND", "/tags/umerov")]
    public async Task AMethodAReaderPageDoesNotTakeGets405SayingWhichItDoes(string method, string path)
    {
        using var response = await app.CreateReader().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        Assert.Equal("Not allowed", (await response.ParseAsync()).Text("h1"));
    }

    [Fact]
    public async Task AFormPostedToAReaderPageWithAValidTokenGets405()
    {
        var browser = app.CreateBrowser();
        var signIn = await browser.GetPageAsync("/admin/sign-in");
        var token = signIn.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var path in new[] { "/", "/latest", "/tags/umerov", "/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of" })
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            using var response = await browser.PostAsync(new Uri(path, UriKind.Relative), form);

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }
    }

    [Fact]
    public async Task AFormPostedToAHandlerThePageDoesNotHaveIsNotFound()
    {
        var editor = await app.SignedInAsync(NewsPortal.Web.Accounts.Roles.Editor);

        using var response = await editor.SubmitFormAsync("/admin/stories/1/edit", "form.editor__form", [], "Nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AFormPostedWithoutATokenToAPageThatTakesFormsGetsAStatusPageThatSaysWhy()
    {
        using var response = await app.CreateReader().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/admin/sign-in"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("That request could not be understood", page.Text("h1"));
        Assert.DoesNotContain("Error 0", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheErrorAndStatusPagesAreNotPagesOfTheirOwn()
    {
        var reader = app.CreateReader();

        await reader.GetPageAsync("/error", HttpStatusCode.NotFound);
        await reader.GetPageAsync("/status/500", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthProbesOnlyRead(string path)
    {
        var reader = app.CreateReader();
        using var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        using var put = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Put, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
    }
}
