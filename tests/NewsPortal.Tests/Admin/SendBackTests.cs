using System.Net;
using AngleSharp.Dom;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>An editor sends a story in review back to its author as a draft, with a note on what to change.</summary>
public class SendBackTests
{
    private const string Note = "Name the source of the <b>figure</b> & cut the last paragraph <script>alert(1)</script>";

    /// <summary>An author writes a story and sends it for review; returns its editor's address.</summary>
    private static async Task<string> InReviewAsync(HttpClient author, string headline = "Port reopens")
    {
        using var response = await author.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm(headline), "Submit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static Task<HttpResponseMessage> SendBackAsync(HttpClient editor, string editUrl, string note) =>
        editor.SubmitFormAsync(editUrl, "form.send-back__form", new() { ["SendBackNote"] = note });

    /// <summary>Posts the send-back handler with the story form's fields, as a browser without the send-back form would.</summary>
    private static Task<HttpResponseMessage> ForgedSendBackAsync(HttpClient user, string editUrl, string note) =>
        user.SubmitFormAsync(editUrl, "form.editor__form", new() { ["SendBackNote"] = note }, "SendBack");

    private static string? ListNote(IDocument list, string headline) =>
        list.QuerySelectorAll("tbody tr").Single(row => row.QuerySelector("td")!.Text() == headline).QuerySelector(".state-note")?.Text();

    [Fact]
    public async Task TheAuthorSeesTheEditorsNoteAsTextOnTheFormAndInTheListUntilTheySendTheStoryForReviewAgain()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author, "olena@example.com");
        var editor = await app.SignedInAsync(Roles.Editor, "desk@example.com");
        var editUrl = await InReviewAsync(author);
        app.Time.Advance(TimeSpan.FromMinutes(30));

        using var sent = await SendBackAsync(editor, editUrl, $"  {Note}\n");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("Sent back to the author: the story is a draft again, with your note on it.", (await editor.GetPageAsync(editUrl)).Text(".flash"));
        var form = await author.GetPageAsync(editUrl);
        Assert.Equal("Draft", form.Text(".editor__status .state"));
        Assert.Equal(Note, form.Text(".sent-back__note"));
        Assert.Empty(form.QuerySelectorAll(".sent-back script, .sent-back b"));
        Assert.StartsWith("desk@example.com, 20:30 07.03.2025.", form.Text(".sent-back__who"), StringComparison.Ordinal);
        Assert.Equal("sent back to the author", ListNote(await author.GetPageAsync("/admin"), "Port reopens"));

        // A save of the author's work in progress keeps the note in view; sending the story for review again ends it.
        using var saved = await author.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "Source: the port authority." }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Note, (await author.GetPageAsync(editUrl)).Text(".sent-back__note"));
        using var resubmitted = await author.SubmitFormAsync(editUrl, "form.editor__form", [], "Submit");

        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Null((await author.GetPageAsync(editUrl)).QuerySelector(".sent-back"));
        Assert.Null(ListNote(await author.GetPageAsync("/admin"), "Port reopens"));
    }

    [Fact]
    public async Task HistoryAndTheAuditLogRecordWhoSentTheStoryBackWhenAndTheirNote()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        var editor = await app.SignedInAsync(Roles.Editor, "desk@example.com");
        var editUrl = await InReviewAsync(author);

        using var sent = await SendBackAsync(editor, editUrl, Note);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var history = await author.GetPageAsync(editUrl.Replace("/edit", "/history", StringComparison.Ordinal));
        var newest = history.QuerySelector("table tbody tr")!.QuerySelectorAll("td").Select(cell => cell.Text()).ToList();
        Assert.Equal(["desk@example.com", $"sent back to the author: {Note}", "Draft"], newest.Skip(2).Take(3));
        var admin = await app.SignedInAsync(Roles.Admin);
        var entry = (await admin.GetPageAsync("/admin/audit")).QuerySelectorAll("tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.Text()).ToList())
            .Single(cells => cells[2] == "sent back to the author");
        Assert.Equal(["desk@example.com", $"#{editUrl.Split('/')[3]} Port reopens", Note], [entry[1], entry[3], entry[4]]);
    }

    [Fact]
    public async Task AnAuthorCannotSendAStoryBack()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        var editUrl = await InReviewAsync(author);
        var form = await author.GetPageAsync(editUrl);

        using var refused = await ForgedSendBackAsync(author, editUrl, "Sending my own story back");

        Assert.Null(form.QuerySelector("form.send-back__form"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("In review", (await author.GetPageAsync(editUrl)).Text(".editor__status .state"));
    }

    [Theory]
    [InlineData("Submit", "draft")]
    [InlineData("Publish", "published")]
    public async Task OnlyAStoryInReviewCanBeSentBackAndTheRefusedNoteIsShownToCopy(string handler, string state)
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await InReviewAsync(author);
        if (handler == "Publish")
        {
            using var published = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Publish");
        }
        else
        {
            using var sentBack = await SendBackAsync(editor, editUrl, "First round of changes");
        }

        var form = await editor.GetPageAsync(editUrl);
        using var refused = await ForgedSendBackAsync(editor, editUrl, "Second round of changes");

        Assert.Null(form.QuerySelector("form.send-back__form"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal($"Only a story in review can be sent back to its author; this one is {state}.", page.Text(".form-errors"));
        Assert.Equal("Second round of changes", page.Text(".send-back .notice__unsaved"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \u200B ")]
    [InlineData(null)]
    public async Task ANoteThatIsMissingOrTooLongIsRefusedAndTheStoryStaysInReview(string? note)
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await InReviewAsync(author);
        note ??= new string('x', 161);

        using var refused = await SendBackAsync(editor, editUrl, note);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal("Write what the author should change, in at most 160 characters.", page.Text(".form-errors"));
        Assert.Equal(note, page.QuerySelector("#SendBackNote")!.TextContent);
        Assert.Equal("In review", (await author.GetPageAsync(editUrl)).Text(".editor__status .state"));
    }

    [Fact]
    public async Task ASaveAfterTheEditorOpenedTheStoryMakesSendingItBackAConflictThatKeepsTheNote()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author, "olena@example.com");
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await InReviewAsync(author);
        var openedByEditor = await editor.GetPageAsync(editUrl);
        app.Time.Advance(TimeSpan.FromMinutes(5));
        using var authorsSave = await author.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "The figure is from the port authority." }, "Save");

        using var refused = await editor.SubmitFormAsync(openedByEditor, editUrl, "form.send-back__form", new() { ["SendBackNote"] = "Name the source" });

        Assert.Equal(HttpStatusCode.Redirect, authorsSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.StartsWith("The story was not sent back: olena@example.com saved it at 20:05 07.03.2025, after you opened it.", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("The figure is from the port authority.", page.QuerySelector("#Draft_Body")!.TextContent.Trim());
        Assert.Equal("Name the source", page.QuerySelector("#SendBackNote")!.TextContent);
        Assert.Equal("In review", (await author.GetPageAsync(editUrl)).Text(".editor__status .state"));
    }
}
