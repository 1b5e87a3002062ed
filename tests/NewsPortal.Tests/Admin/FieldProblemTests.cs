using System.Net;
using AngleSharp.Dom;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// A field the newsroom's form comes back for is marked invalid and described by its problem in the form's list, after
/// any hint it has, so that a screen reader reaching the field says what is wrong; the list follows the fields' order.
/// </summary>
public class FieldProblemTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    /// <summary>The texts of what the field's aria-describedby names, in order; the field must be marked invalid.</summary>
    private static List<string> ProblemDescriptionOf(IDocument page, string field)
    {
        var element = page.QuerySelector(field) ?? throw new Xunit.Sdk.XunitException($"No field '{field}'.");
        Assert.Equal("true", element.GetAttribute("aria-invalid"));
        return (element.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => page.GetElementById(id)?.Text() ?? $"(nothing has the id {id})").ToList();
    }

    private static void AssertUnmarked(IDocument page, string field)
    {
        var element = page.QuerySelector(field) ?? throw new Xunit.Sdk.XunitException($"No field '{field}'.");
        Assert.Null(element.GetAttribute("aria-invalid"));
    }

    public static TheoryData<string, string, string, string, string> StoryRefusals => new()
    {
        // An invisible character passes "required"; the newsroom finds no headline in it.
        { "Draft.Headline", "\u200B", "Save", "#Draft_Headline", "A story needs a headline." },
        { "Draft.Tags", string.Join(", ", Enumerable.Range(1, 31).Select(n => $"tag{n}")), "Save", "#Draft_Tags", "A story takes at most 30 tags; this one has 31." },
        { "Draft.PhotoCreditUrl", "ftp://photos.example/harbour", "Save", "#Draft_PhotoCreditUrl", "Photo and credit links must be http or https addresses." },
        { "ScheduleAt", "2025-03-07T19:00", "Schedule", "#ScheduleAt", "Choose a time in the future, or publish now." },
        { "ScheduleAt", "tomorrow morning", "Schedule", "#ScheduleAt", "The publish time field cannot take \"tomorrow morning\": correct it and send the form again." },
    };

    [Theory]
    [MemberData(nameof(StoryRefusals))]
    public async Task AStoryFieldTheSaveWasRefusedForIsMarkedAndDescribedByItsProblem(string name, string value, string handler, string field, string problem)
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = Stories.NewStoryForm("Harbour reopens");
        story[name] = value;

        using var refused = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, handler);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal(problem, ProblemDescriptionOf(page, field).Last());
        Assert.Contains(problem, page.Texts(".form-errors li"));
        AssertUnmarked(page, "#Draft_Body");
    }

    [Fact]
    public async Task ATakenSlugIsReadAtTheSlugFieldAfterItsHint()
    {
        var taken = await app.AddStoryAsync("Grain corridor", DateTimeOffset.UtcNow);
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = Stories.NewStoryForm("Grain corridor again");
        story["Draft.Slug"] = taken.Slug;

        using var refused = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, "Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["Leave empty to make it from the headline.", $"The slug \"{taken.Slug}\" is already used by another story."],
            ProblemDescriptionOf(await refused.ParseAsync(), "#Draft_Slug"));
    }

    [Fact]
    public async Task AnUnreadablePhotoIsReadOnceBesideTheFileField()
    {
        var editor = await app.SignedInAsync(Roles.Editor);

        using var refused = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour in pictures"), "Save",
            ("PhotoFile", "harbour.png", TestPhotos.Truncated(TestPhotos.Png, 60)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.ParseAsync();
        var problem = Assert.Single(ProblemDescriptionOf(page, "#PhotoFile"));
        Assert.Equal(page.Text("#PhotoFile-problem"), problem);
    }

    [Fact]
    public async Task ABlankNoticeMarksTheNoticeFieldAndARewordingMarksOnlyTheNoticeBeingReworded()
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        using var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Ferry runs late"), "Publish");
        var editUrl = published.Headers.Location!.OriginalString;

        using var blank = await editor.SubmitFormAsync(editUrl, ".notices-editor form.notice-add", new() { ["NoticeKind"] = "Correction", ["NoticeText"] = "   " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Equal(["Write the notice, in at most 2,000 characters."], ProblemDescriptionOf(await blank.ParseAsync(), "#NoticeText"));

        using var added = await editor.SubmitFormAsync(editUrl, ".notices-editor form.notice-add", new() { ["NoticeKind"] = "Update", ["NoticeText"] = "The ferry left at noon." });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        using var reworded = await editor.SubmitFormAsync(editUrl, "form.notice-amend", new() { ["AmendedText"] = "   " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reworded.StatusCode);
        var page = await reworded.ParseAsync();
        Assert.Equal(["Write the notice, in at most 2,000 characters."], ProblemDescriptionOf(page, "form.notice-amend textarea"));
        AssertUnmarked(page, "#NoticeText");
    }

    [Fact]
    public async Task ASignInWithoutAnEmailMarksOnlyTheEmailField()
    {
        using var refused = await app.CreateBrowser().SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "", ["Password"] = "a password typed alone" });

        var page = await refused.ParseAsync();
        Assert.Equal(page.Texts(".form-errors li"), ProblemDescriptionOf(page, "#Email"));
        AssertUnmarked(page, "#Password");
    }

    [Fact]
    public async Task ARefusedPasswordChangeReadsEachProblemAtItsField()
    {
        var editor = await app.SignedInAsync(Roles.Editor);

        using var refused = await editor.SubmitFormAsync("/admin/password", "form.admin-form", new() { ["Current"] = "", ["New"] = "too short", ["Confirm"] = "something else" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal(["Enter your current password."], ProblemDescriptionOf(page, "#Current"));
        Assert.Equal(["The new password must be 12 to 1,000 characters long."], ProblemDescriptionOf(page, "#New"));
        Assert.Equal(["The two new passwords differ."], ProblemDescriptionOf(page, "#Confirm"));
    }

    [Fact]
    public async Task ARefusedPasswordChangeListsItsProblemsInTheFieldsOrder()
    {
        var editor = await app.SignedInAsync(Roles.Editor);

        using var refused = await editor.SubmitFormAsync("/admin/password", "form.admin-form", new() { ["Current"] = "", ["New"] = "too short", ["Confirm"] = "something else" });

        Assert.Equal(["Enter your current password.", "The new password must be 12 to 1,000 characters long.", "The two new passwords differ."],
            (await refused.ParseAsync()).Texts(".form-errors li"));
    }

    [Fact]
    public async Task AStoryFormSentBackListsItsProblemsInTheFieldsOrder()
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = Stories.NewStoryForm("");
        story["Draft.Slug"] = "Not A Slug";
        story["Draft.PhotoCreditUrl"] = "the agency";
        story["ScheduleAt"] = "tomorrow morning";

        using var refused = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, "Schedule");

        Assert.Equal(
            ["A story needs a headline.", "A slug is lower-case letters and digits joined by single dashes.", "The credit link must be a full http or https address.",
             "The publish time field cannot take \"tomorrow morning\": correct it and send the form again."],
            (await refused.ParseAsync()).Texts(".form-errors li"));
    }

    [Fact]
    public async Task ANewUserRefusedForTheirEmailHasOnlyTheEmailFieldMarked()
    {
        var admin = await app.SignedInAsync(Roles.Admin);

        using var refused = await admin.SubmitFormAsync("/admin/users", "form[action*='handler=Add']",
            new() { ["Email"] = "", ["Role"] = Roles.Author, ["Password"] = "a first password for the desk" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Equal(["Enter the new user's email."], ProblemDescriptionOf(page, "#Email"));
        AssertUnmarked(page, "#Password");
        // The page's other form, "Set a user's password", is not the one sent back.
        Assert.Null(page.QuerySelector("form[action*='handler=Password'] .form-errors"));
        AssertUnmarked(page, "#NewPassword");
    }
}
