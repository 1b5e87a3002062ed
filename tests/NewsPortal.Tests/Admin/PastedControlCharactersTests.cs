using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Pages.Admin;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// Control characters pasted into a newsroom form (a word processor leaves a vertical tab for a line break) are not
/// written back when the form comes back with a problem: HTML has no way to carry them, and the editor would see junk.
/// Passwords are kept as typed, and never written back at all.
/// </summary>
public partial class PastedControlCharactersTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    private const string Pasted = "\u0001\u0008\u000B\u001F\u007F\u0080\u009F";

    [Fact]
    public async Task AStoryFormSentBackShowsWhatWasTypedWithoutTheControlCharactersAndTheStoryIsSavedWithoutThem()
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = new Dictionary<string, string>
        {
            ["Draft.Headline"] = $"Harbour\u0001 reopens{Pasted}",
            ["Draft.Section"] = "Ports\u0008",
            ["Draft.Byline"] = "Olena\u007F Kovalenko",
            ["Draft.Tags"] = "harbour\u0080, ports",
            ["Draft.Body"] = $"First line.\r\n\tSecond\u0001 line{Pasted}.",
            ["Draft.PhotoCaption"] = "Caption\u009F",
            ["Draft.PhotoCreditUrl"] = "ftp://photos.example/harbour\u0001",
        };

        using var refused = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, "Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await AssertShownWithoutControlCharactersAsync(refused);
        Assert.Equal("Harbour reopens\n", Field(page, "Draft.Headline"));
        Assert.Equal("First line.\n\tSecond line\n.", Field(page, "Draft.Body"));
        Assert.Equal("ftp://photos.example/harbour", Field(page, "Draft.PhotoCreditUrl"));

        story["Draft.PhotoCreditUrl"] = "";
        using var saved = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var form = await editor.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal("Harbour reopens", Field(form, "Draft.Headline"));
        Assert.Equal("Ports", Field(form, "Draft.Section"));
        Assert.Equal("First line.\n\tSecond line\n.", Field(form, "Draft.Body"));
    }

    [Fact]
    public async Task ANoticeSentBackShowsItsTextWithoutTheControlCharacters()
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        using var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Ferry runs late"), "Publish");

        using var refused = await editor.SubmitFormAsync(published.Headers.Location!.OriginalString, ".notices-editor form.notice-add",
            new() { ["NoticeKind"] = "Correction", ["NoticeText"] = $"It was 12{Pasted}, not 20. {new string('x', 2000)}" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal($"It was 12\n, not 20. {new string('x', 2000)}", Field(await AssertShownWithoutControlCharactersAsync(refused), "NoticeText"));
    }

    [Fact]
    public async Task ANewUserSentBackShowsTheEmailWithoutTheControlCharactersAndNoPassword()
    {
        var admin = await app.SignedInAsync(Roles.Admin);

        using var refused = await admin.SubmitFormAsync("/admin/users", "form[action*='handler=Add']",
            new() { ["Email"] = "desk\u0001@newsroom.example\u0080", ["Role"] = Roles.Author, ["Password"] = "short\u0001" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("desk@newsroom.example", Field(await AssertShownWithoutControlCharactersAsync(refused), "Email"));
    }

    [Fact]
    public async Task ARefusedSignInShowsTheEmailWithoutTheControlCharactersAndNoPassword()
    {
        using var refused = await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form",
            new() { ["Email"] = "nobody\u0008@newsroom.example", ["Password"] = $"a wrong password{Pasted}", ["ReturnUrl"] = "/admin\u0001" });

        var page = await AssertShownWithoutControlCharactersAsync(refused);
        Assert.Equal([SignInModel.Failure], page.Texts(".form-errors li"));
        Assert.Equal("nobody@newsroom.example", Field(page, "Email"));
        Assert.Equal("/admin", Field(page, "ReturnUrl"));
    }

    [Fact]
    public async Task ARefusedPasswordChangeWritesNoPasswordBack()
    {
        var editor = await app.SignedInAsync(Roles.Editor);

        using var refused = await editor.SubmitFormAsync("/admin/password", "form.admin-form",
            new() { ["Current"] = $"current{Pasted}", ["New"] = $"short{Pasted}", ["Confirm"] = "something else\u0001" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        await AssertShownWithoutControlCharactersAsync(refused);
    }

    [Fact]
    public async Task APasswordWithControlCharactersIsKeptAsTypedSoItsOwnerCanSignInWithIt()
    {
        var email = $"pasted-{Guid.NewGuid():N}@newsroom.example";
        var admin = await app.SignedInAsync(Roles.Admin);
        using var added = await admin.SubmitFormAsync("/admin/users", "form[action*='handler=Add']",
            new() { ["Email"] = email, ["Role"] = Roles.Author, ["Password"] = $"a first password pasted{Pasted} from a manager" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, "a first password pasted from a manager")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, $"a first password pasted{Pasted} from a manager")).StatusCode);

        var userId = (await admin.GetPageAsync("/admin/users")).QuerySelectorAll("#PasswordUser option").Single(option => option.TextContent == email).GetAttribute("value")!;
        using var set = await admin.SubmitFormAsync("/admin/users", "form[action*='handler=Password']",
            new() { ["userId"] = userId, ["newPassword"] = $"a new password pasted{Pasted} from a manager" });

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, "a new password pasted from a manager")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, $"a new password pasted{Pasted} from a manager")).StatusCode);
    }

    /// <summary>
    /// The page as sent: no control character but whitespace in it, nor a character reference to one that HTML forbids
    /// (every control but tab, line feed and form feed), and no password field with a value.
    /// </summary>
    private static async Task<IDocument> AssertShownWithoutControlCharactersAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(html, c => c is < ' ' and not ('\t' or '\n' or '\f' or '\r') or >= '\u007F' and <= '\u009F');
        Assert.Empty(CharacterReference().Matches(html).Where(reference => IsForbidden(reference.Groups["hex"].Success
            ? int.Parse(reference.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : int.Parse(reference.Groups["decimal"].Value, CultureInfo.InvariantCulture))).Select(reference => reference.Value));
        var page = await response.ParseAsync();
        Assert.All(page.QuerySelectorAll("input[type=password]"), field => Assert.False(field.HasAttribute("value")));
        return page;
    }

    private static bool IsForbidden(int codePoint) =>
        codePoint is < 0x20 and not ('\t' or '\n' or '\f') or >= 0x7F and <= 0x9F or >= 0xD800 and <= 0xDFFF
        || codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static string? Field(IDocument page, string name) => page.QuerySelector($"[name='{name}']") switch
    {
        IHtmlTextAreaElement textArea => textArea.Value,
        { } input => input.GetAttribute("value"),
        null => throw new Xunit.Sdk.XunitException($"No field '{name}'."),
    };

    private async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = email, ["Password"] = password });

    [GeneratedRegex("&#(x(?<hex>[0-9a-f]+)|(?<decimal>[0-9]+));", RegexOptions.IgnoreCase)]
    private static partial Regex CharacterReference();
}
