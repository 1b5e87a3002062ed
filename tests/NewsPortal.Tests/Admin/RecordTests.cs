using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>Keeping the record straight: revisions, differences, restores, public notices and edit conflicts.</summary>
public class RecordTests
{
    private static async Task<string> PublishAsync(HttpClient editor, string headline, string body)
    {
        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = headline, ["Draft.Body"] = body, ["Draft.Tags"] = "record" }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task EverySaveKeepsARevisionThatCanBeComparedAndRestored()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(editor, "Revised story", "The first version of the text.");
        using var edit = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "The second version of the text." }, "Save");
        var historyUrl = editUrl.Replace("/edit", "/history", StringComparison.Ordinal);

        var history = await editor.GetPageAsync(historyUrl);

        Assert.Equal(["2", "1"], history.Texts("table tbody tr td:first-child"));
        Assert.Equal("updated the live story", history.Texts("table tbody tr td:nth-child(4)")[0]);
        Assert.Equal("- The first version of the text.", history.Text(".diff__line--removed"));
        Assert.Equal("+ The second version of the text.", history.Text(".diff__line--added"));
        Assert.Null(history.QuerySelector("tbody tr:first-child form")); // the newest revision is the story as it stands
        Assert.Equal("The story as it stands", history.Text("tbody tr:first-child .help"));

        using var restore = await editor.SubmitFormAsync(historyUrl, "tbody tr:last-child form", []);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);

        var restored = await editor.GetPageAsync(historyUrl);
        Assert.Equal("restored revision 1", restored.Texts("table tbody tr td:nth-child(4)")[0]);
        var id = editUrl.Split('/')[3];
        Assert.Equal("The first version of the text.", (await app.CreateReader().GetPageAsync($"/articles/{id}/revised-story")).Text(".story__body p"));
        Assert.Null((await editor.GetPageAsync($"{historyUrl}?from=1&to=3")).QuerySelector(".diff"));
        await editor.GetPageAsync($"{historyUrl}?from=1&to=99", HttpStatusCode.NotFound);
        await editor.GetPageAsync($"{historyUrl}?from=abc", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ACorrectionIsShownOnTheStoryWithTheUpdatedTime()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(editor, "Story with an error", "It said 20 when it was 12.");
        app.Time.Advance(TimeSpan.FromMinutes(45));

        using var response = await editor.SubmitFormAsync(editUrl, ".notices-editor form.notice-add", new() { ["NoticeKind"] = "Correction", ["NoticeText"] = "An earlier version gave the number as 20; it was 12." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = editUrl.Split('/')[3];
        var page = await app.CreateReader().GetPageAsync($"/articles/{id}/story-with-an-error");
        Assert.Equal("Correction: An earlier version gave the number as 20; it was 12. 20:45 07.03.2025", page.Text(".story__notice"));
        Assert.Equal("Updated 20:45 07.03.2025", page.Text(".story__updated"));
    }

    [Fact]
    public async Task ABidiOverrideInANoticeIsTakenOutSoThatTheNoticeAndItsTimeReadForwards()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(editor, "Story with an error", "It said 20 when it was 12.");

        using var response = await editor.SubmitFormAsync(editUrl, ".notices-editor form.notice-add", new() { ["NoticeKind"] = "Correction", ["NoticeText"] = "It was \u202E12, not 20." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await app.CreateReader().GetPageAsync($"/articles/{editUrl.Split('/')[3]}/story-with-an-error");
        Assert.Equal("Correction: It was 12, not 20. 20:00 07.03.2025", page.Text(".story__notice"));
    }

    [Theory]
    [InlineData("Update", "   ", "Write the notice")]
    [InlineData("Update", "\u00A0\u200B\u202E\u3000", "Write the notice")]
    [InlineData("Bogus", "A real text.", "correction or an update")]
    [InlineData("99", "A real text.", "correction or an update")]
    public async Task ANoticeThatCannotBeAddedSaysWhyAndLeavesTheStorysFormAsTheStoryStands(string kind, string text, string problem)
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(editor, "Story with an error", "It said 20 when it was 12.");

        using var response = await editor.SubmitFormAsync(editUrl, ".notices-editor form.notice-add", new() { ["NoticeKind"] = kind, ["NoticeText"] = text });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains(problem, page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.DoesNotContain("needs a headline", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("Story with an error", page.QuerySelector("input[name='Draft.Headline']")?.GetAttribute("value"));
        Assert.Equal("It said 20 when it was 12.", page.QuerySelector("textarea[name='Draft.Body']")?.TextContent.Trim());
        Assert.Null((await app.CreateReader().GetPageAsync($"/articles/{editUrl.Split('/')[3]}/story-with-an-error")).QuerySelector(".story__notice"));
    }

    [Fact]
    public async Task TheSecondOfTwoEditorsGetsAConflictAndLosesNothing()
    {
        using var app = new NewsPortalFactory();
        var first = await app.SignedInAsync(Roles.Editor);
        var second = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(first, "Contested story", "Original text.");
        var secondsForm = await second.GetPageAsync(editUrl);
        var version = secondsForm.QuerySelector("#Version")!.GetAttribute("value")!;

        using var firstSave = await first.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "The first editor's text." }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        using var secondSave = await second.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "The second editor's text.", ["Version"] = version }, "Save");

        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var conflict = await secondSave.ParseAsync();
        Assert.Equal("Someone else saved this story while you were editing it", conflict.Text("#ConflictHeading"));
        Assert.Matches(@"^Saved by editor-[^ ]+@newsroom\.example at \d\d:\d\d \d\d\.\d\d\.\d{4}\.$", conflict.Text(".conflict__who"));
        Assert.Equal("- The first editor's text.", conflict.Text(".conflict .diff .diff__line--removed"));
        Assert.Equal("+ The second editor's text.", conflict.Text(".conflict .diff .diff__line--added"));
        Assert.Equal("The second editor's text.", conflict.QuerySelector("#Draft_Body")!.TextContent.Trim());
        var id = editUrl.Split('/')[3];
        Assert.Equal("The first editor's text.", (await app.CreateReader().GetPageAsync($"/articles/{id}/contested-story")).Text(".story__body p"));

        // Saving again from the conflict page is a deliberate choice, made against the newest version.
        using var resolved = await second.SubmitFormAsync(editUrl, "form.editor__form", new()
        {
            ["Draft.Body"] = "The second editor's text.",
            ["Version"] = conflict.QuerySelector("#Version")!.GetAttribute("value")!,
        }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
    }

    [Fact]
    public async Task TheAuditLogRecordsSignInsPublishingAndUserChanges()
    {
        using var app = new NewsPortalFactory();
        var admin = await app.SignedInAsync(Roles.Admin);
        await PublishAsync(admin, "Audited story", "Text.");
        using var failed = await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "intruder@evil.example", ["Password"] = "guess" });
        using var added = await admin.SubmitFormAsync("/admin/users", "form[action*='handler=Add']", new() { ["Email"] = "new.author@newsroom.example", ["Role"] = "Author", ["Password"] = "a long enough password" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var log = await admin.GetPageAsync("/admin/audit");

        var actions = log.Texts("tbody tr td:nth-child(3)");
        Assert.Contains("sign-in", actions);
        Assert.Contains("publish", actions);
        Assert.Contains("sign-in failed", actions);
        Assert.Contains("user added", actions);
        Assert.Contains("intruder@evil.example", log.Texts("tbody tr td:nth-child(2)"));
    }

    [Fact]
    public async Task AnAdminDisablesAUserWhoseSessionEndsAtOnce()
    {
        using var app = new NewsPortalFactory();
        var admin = await app.SignedInAsync(Roles.Admin);
        var author = await app.SignedInAsync(Roles.Author);
        var users = await admin.GetPageAsync("/admin/users");
        var row = users.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("author-", StringComparison.Ordinal));
        var userId = row.QuerySelector("input[name=userId]")!.GetAttribute("value")!;

        using var disable = await admin.SubmitFormAsync("/admin/users", $"tbody tr form[action*='handler=Disable']:has(input[value='{userId}'])", []);
        app.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        using var after = await author.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("Disabled", (await admin.GetPageAsync("/admin/users")).Texts("tbody tr td"));
    }

    [Theory]
    [InlineData("Disable", "disabled", "maybe")]
    [InlineData("Disable", "disabled", "")]
    [InlineData("Role", "role", "Superuser")]
    public async Task AForgedUserChangeIsRefusedWith400AndChangesNothing(string handler, string field, string value)
    {
        using var app = new NewsPortalFactory();
        var admin = await app.SignedInAsync(Roles.Admin);
        var author = await app.SignedInAsync(Roles.Author);
        var users = await admin.GetPageAsync("/admin/users");
        var userId = users.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("author-", StringComparison.Ordinal))
            .QuerySelector("input[name=userId]")!.GetAttribute("value")!;

        using var forged = await admin.SubmitFormAsync("/admin/users", $"tbody tr form[action*='handler={handler}']:has(input[value='{userId}'])", new() { [field] = value });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var stillIn = await author.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }
}
