using System.Globalization;
using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Security;

public class RequestLimitTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task AnOversizedEditIsRefusedWith413InTheNewsroomAndLeavesTheStoryAsItWas()
    {
        using var site = new NewsPortalFactory().With("RequestLimits:MaxStoryFormBytes", (12 * 1024 * 1024).ToString(CultureInfo.InvariantCulture));
        var editor = await site.SignedInAsync(Roles.Editor);
        var before = await site.CreateReader().GetPageAsync("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of");

        using var response = await editor.SubmitFormAsync("/admin/stories/1/edit", "form.editor__form",
            new() { ["Draft.Body"] = new string('x', 13 * 1024 * 1024) }, "Save");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector("body.admin"));
        Assert.Contains("more than a story form may carry (12 MB at most)", page.Text(".status-page__message"), StringComparison.Ordinal);
        var after = await site.CreateReader().GetPageAsync("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of");
        Assert.Equal(before.Texts(".story__body p"), after.Texts(".story__body p"));
    }

    [Fact]
    public async Task AnOversizedPostToAnyOtherPageGets413WithTheSiteWideLimit()
    {
        var editor = await app.SignedInAsync(Roles.Editor);

        using var response = await editor.SubmitFormAsync("/admin/password", "form", new() { ["Current"] = new string('x', 11 * 1024 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector("body.admin"));
        Assert.Contains("larger than this site accepts (10 MB at most)", page.Text(".status-page__message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressLongerThanTheSiteAcceptsGets414WithAPageSayingSo()
    {
        var reader = app.CreateReader();

        var page = await reader.GetPageAsync("/tags/" + new string('a', 17 * 1024), HttpStatusCode.RequestUriTooLong);

        Assert.Equal("Address too long", page.Text("h1"));
        Assert.Contains("longer than this site accepts (16,384 characters at most)", page.Text(".status-page__message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLongestSearchTheSearchBoxSendsIsAnsweredInAnyScript()
    {
        // 1,000 Chinese characters, as many as the box takes: 9,000 bytes once percent-encoded.
        var page = await app.CreateReader().GetPageAsync("/search?q=" + string.Concat(Enumerable.Repeat("%E4%B8%AD", 1000)));

        Assert.Equal(new string('中', 1000), page.QuerySelector("#SearchQuery")?.GetAttribute("value"));
    }

    [Fact]
    public async Task AnOversizedSignInPostIsRefusedWith413()
    {
        using var body = new ByteArrayContent(new byte[11 * 1024 * 1024]);

        using var response = await app.CreateBrowser().PostAsync(new Uri("/admin/sign-in", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AFormValueOverItsLimitInABodyUnderTheLimitIsRefusedWithA4xxAndLeavesTheStoryAsItWas()
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        var before = await app.CreateReader().GetPageAsync("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of");

        using var response = await editor.SubmitFormAsync("/admin/stories/1/edit", "form.editor__form",
            new() { ["Draft.Body"] = new string('x', 2 * 1024 * 1024) }, "Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var form = await response.ParseAsync();
        Assert.Contains("A story's body holds at most 200,000 characters", form.Text(".form-errors"), StringComparison.Ordinal);
        // The text is still in the form, to be shortened rather than written again.
        Assert.Equal(2 * 1024 * 1024, form.QuerySelector("textarea[name='Draft.Body']")!.TextContent.TrimStart('\n').Length);
        var after = await app.CreateReader().GetPageAsync("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of");
        Assert.Equal(before.Texts(".story__body p"), after.Texts(".story__body p"));
    }
}
