using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>A public notice with a slip in it can be reworded or withdrawn, on the record.</summary>
public class NoticeChangeTests
{
    private const string Wrong = "An earlier version gave the number as 21; it was 12.";

    /// <summary>Publishes a story at 20:00 and adds a correction at 20:45; returns the editor's address of the story.</summary>
    private static async Task<string> CorrectedStoryAsync(NewsPortalFactory app, HttpClient editor, string headline = "Story with an error")
    {
        using var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = headline, ["Draft.Body"] = "It said 20 when it was 12." }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var editUrl = published.Headers.Location!.OriginalString;
        app.Time.Advance(TimeSpan.FromMinutes(45));
        using var corrected = await editor.SubmitFormAsync(editUrl, ".notices-editor form.notice-add", new() { ["NoticeKind"] = "Correction", ["NoticeText"] = Wrong });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        return editUrl;
    }

    private static string ReaderUrl(string editUrl, string headline = "Story with an error") =>
        $"/articles/{editUrl.Split('/')[3]}/{headline.ToLowerInvariant().Replace(' ', '-')}";

    [Fact]
    public async Task AnEditorRewordsANoticeAndReadersSeeTheNewWordsAtTheNoticesOwnTime()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await CorrectedStoryAsync(app, editor);
        var reader = app.CreateReader();
        Assert.Contains("21", (await reader.GetPageAsync(ReaderUrl(editUrl))).Text(".story__notice"), StringComparison.Ordinal);
        app.Time.Advance(TimeSpan.FromMinutes(10));

        using var amended = await editor.SubmitFormAsync(editUrl, "form.notice-amend", new() { ["AmendedText"] = "An earlier version gave the number as 20; it was 12." });

        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        var page = await reader.GetPageAsync(ReaderUrl(editUrl));
        Assert.Equal("Correction: An earlier version gave the number as 20; it was 12. 20:45 07.03.2025", page.Text(".story__notice"));
        Assert.Equal("Updated 20:45 07.03.2025", page.Text(".story__updated")); // the notice keeps its time
        var history = await editor.GetPageAsync(editUrl.Replace("/edit", "/history", StringComparison.Ordinal));
        Assert.Equal("amended correction notice", history.Texts("table tbody tr td:nth-child(4)")[0]);
        var admin = await app.SignedInAsync(Roles.Admin);
        var audit = await admin.GetPageAsync("/admin/audit");
        var row = audit.QuerySelectorAll("tbody tr").First(r => r.Text().Contains("public notice amended", StringComparison.Ordinal));
        Assert.Contains($"\"{Wrong}\" became \"An earlier version gave the number as 20; it was 12.\"", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWithdrawnNoticeLeavesTheStoryAndTheAuditLogKeepsItsWords()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await CorrectedStoryAsync(app, editor);
        var reader = app.CreateReader();
        Assert.NotNull((await reader.GetPageAsync(ReaderUrl(editUrl))).QuerySelector(".story__notice"));
        var form = await editor.GetPageAsync(editUrl);

        using var withdrawn = await editor.SubmitFormAsync(form, editUrl, "form.notice-withdraw", []);
        using var again = await editor.SubmitFormAsync(form, editUrl, "form.notice-withdraw", []);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode); // withdrawn twice is still withdrawn
        Assert.Null((await reader.GetPageAsync(ReaderUrl(editUrl))).QuerySelector(".story__notice"));
        Assert.Null((await editor.GetPageAsync(editUrl)).QuerySelector(".notices-editor .notice"));
        var admin = await app.SignedInAsync(Roles.Admin);
        var audit = await admin.GetPageAsync("/admin/audit");
        var row = audit.QuerySelectorAll("tbody tr").First(r => r.Text().Contains("public notice withdrawn", StringComparison.Ordinal));
        Assert.Contains($"Correction: {Wrong}", row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" \u200B ")]
    [InlineData(null)]
    public async Task NewWordingThatCannotBeSavedStaysInTheOpenFormWithTheReason(string? text)
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await CorrectedStoryAsync(app, editor);
        var sent = text ?? new string('x', 2001);

        using var response = await editor.SubmitFormAsync(editUrl, "form.notice-amend", new() { ["AmendedText"] = sent });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("Write the notice, in at most 2,000 characters.", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal(sent, page.QuerySelector(".notice__change[open] textarea[name='AmendedText']")?.TextContent);
        Assert.Equal("Story with an error", page.QuerySelector("input[name='Draft.Headline']")?.GetAttribute("value"));
        Assert.Contains(Wrong, (await app.CreateReader().GetPageAsync(ReaderUrl(editUrl))).Text(".story__notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewWordingForANoticeWithdrawnMeanwhileIsOfferedAsANewNotice()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await CorrectedStoryAsync(app, editor);
        var openForm = await editor.GetPageAsync(editUrl);
        using var withdrawn = await editor.SubmitFormAsync(editUrl, "form.notice-withdraw", []);

        using var response = await editor.SubmitFormAsync(openForm, editUrl, "form.notice-amend", new() { ["AmendedText"] = "It was 12." });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("someone withdrew it meanwhile", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("It was 12.", page.QuerySelector("form.notice-add textarea[name='NoticeText']")?.TextContent.Trim());
    }

    [Fact]
    public async Task NewWordingForANoticeOfAStoryDeletedMeanwhileIsShownToCopy()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var chief = await app.SignedInAsync(Roles.Editor, "chief@newsroom.example");
        var editUrl = await CorrectedStoryAsync(app, editor);
        var openForm = await editor.GetPageAsync(editUrl);
        using var deleted = await chief.SubmitFormAsync(editUrl, ".danger-zone form", Stories.DeleteConfirmed);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        using var response = await editor.SubmitFormAsync(openForm, editUrl, "form.notice-amend", new() { ["AmendedText"] = "It was 12, not 21." });

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("This story is no longer in the newsroom", page.Text("h1"));
        Assert.Equal("It was 12, not 21.", page.QuerySelector(".refusal__kept textarea[name='NoticeText']")?.TextContent.Trim());
    }

    [Fact]
    public async Task ANoticeIsChangedOnlyThroughItsOwnStoryAndOnlyByEditors()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var first = await CorrectedStoryAsync(app, editor, "First story");
        var second = await CorrectedStoryAsync(app, editor, "Second story");
        var secondsNotice = (await editor.GetPageAsync(second)).QuerySelector("form.notice-amend input[name='NoticeId']")!.GetAttribute("value")!;

        using var throughAnotherStory = await editor.SubmitFormAsync(first, "form.notice-amend", new() { ["NoticeId"] = secondsNotice, ["AmendedText"] = "Hijacked." });
        using var withdrawnThroughAnotherStory = await editor.SubmitFormAsync(first, "form.notice-withdraw", new() { ["NoticeId"] = secondsNotice });
        using var noNotice = await editor.SubmitFormAsync(first, "form.notice-amend", new() { ["NoticeId"] = "" });
        var author = await app.SignedInAsync(Roles.Author);
        var authorsOwnForm = await author.GetPageAsync("/admin/stories/new");
        var firstsNotice = (await editor.GetPageAsync(first)).QuerySelector("form.notice-withdraw input[name='NoticeId']")!.GetAttribute("value")!;
        using var byAuthor = await author.SubmitFormAsync(authorsOwnForm, first, "form.editor__form", new() { ["NoticeId"] = firstsNotice }, "WithdrawNotice");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, throughAnotherStory.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withdrawnThroughAnotherStory.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noNotice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);
        var reader = app.CreateReader();
        Assert.Contains(Wrong, (await reader.GetPageAsync(ReaderUrl(second, "Second story"))).Text(".story__notice"), StringComparison.Ordinal);
        Assert.Contains(Wrong, (await reader.GetPageAsync(ReaderUrl(first, "First story"))).Text(".story__notice"), StringComparison.Ordinal);
    }
}
