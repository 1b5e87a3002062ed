using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// A colleague's save or delete landing between the moment an edit reads the story and the moment it writes: every
/// edit of a story (notices, restore, delete) answers as a save does, with the conflict or the story's absence, never
/// with an error page.
/// </summary>
public class ChangedMeanwhileTests
{
    private const string Correction = "An earlier version gave the number as 21; it was 12.";

    public static TheoryData<string> Edits => ["add notice", "amend notice", "withdraw notice", "restore", "delete"];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task AnEditThatMeetsAColleaguesSaveIsAConflictNamingThem(string edit)
    {
        var (app, rival) = AppWithRival();
        using (app)
        {
            var editor = await app.SignedInAsync(Roles.Editor);
            var editUrl = await CorrectedStoryAsync(app, editor);
            app.Time.Advance(TimeSpan.FromMinutes(5));
            rival.Armed = Rival.Change.Save;

            using var response = await SendAsync(editor, editUrl, edit);

            Assert.Equal(Rival.Change.None, rival.Armed);
            if (edit == "restore")
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("Someone else saved this story while you were editing it.", (await editor.GetPageAsync(response.Headers.Location!.OriginalString)).Text(".flash"));
            }
            else
            {
                Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
                Assert.Contains(edit == "delete" ? "The story was not deleted" : "Someone else saved this story",
                    (await response.ParseAsync()).Text("main"), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task AnEditOfAStoryDeletedMeanwhileSaysItIsGone(string edit)
    {
        var (app, rival) = AppWithRival();
        using (app)
        {
            var editor = await app.SignedInAsync(Roles.Editor);
            var editUrl = await CorrectedStoryAsync(app, editor);
            app.Time.Advance(TimeSpan.FromMinutes(5));
            rival.Armed = Rival.Change.Delete;

            using var response = await SendAsync(editor, editUrl, edit);

            Assert.Equal(Rival.Change.None, rival.Armed);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone, $"{edit}: {response.StatusCode}");
        }
    }

    private static (NewsPortalFactory App, Rival Rival) AppWithRival()
    {
        var rival = new Rival();
        var app = new NewsPortalFactory().WithService<IInterceptor>(rival);
        rival.Services = app.Services;
        return (app, rival);
    }

    /// <summary>Publishes a story with a correction on it, in two revisions; returns the editor's address of the story.</summary>
    private static async Task<string> CorrectedStoryAsync(NewsPortalFactory app, HttpClient editor)
    {
        using var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = "Story with an error", ["Draft.Body"] = "It said 20 when it was 12." }, "Publish");
        var editUrl = published.Headers.Location!.OriginalString;
        app.Time.Advance(TimeSpan.FromMinutes(45));
        using var corrected = await editor.SubmitFormAsync(editUrl, ".notices-editor form.notice-add", new() { ["NoticeKind"] = "Correction", ["NoticeText"] = Correction });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        return editUrl;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient editor, string editUrl, string edit) => edit switch
    {
        "add notice" => editor.SubmitFormAsync(editUrl, ".notices-editor form.notice-add", new() { ["NoticeKind"] = "Update", ["NoticeText"] = "The plant opened on Friday." }),
        "amend notice" => editor.SubmitFormAsync(editUrl, "form.notice-amend", new() { ["AmendedText"] = "It was 12, not 20." }),
        "withdraw notice" => editor.SubmitFormAsync(editUrl, "form.notice-withdraw", []),
        "restore" => editor.SubmitFormAsync(editUrl.Replace("/edit", "/history", StringComparison.Ordinal), "form[action*='handler=Restore']", []),
        "delete" => editor.SubmitFormAsync(editUrl, ".danger-zone form", Stories.DeleteConfirmed),
        _ => throw new ArgumentOutOfRangeException(nameof(edit)),
    };

    /// <summary>Just before the edit writes, a colleague saves the story (a new version) or deletes it.</summary>
    private sealed class Rival : SaveChangesInterceptor
    {
        public enum Change { None, Save, Delete }

        public IServiceProvider? Services { get; set; }

        public volatile Change Armed;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            // The edit's own write: the story changed or deleted, not a sign-in or the audit of a page read.
            var change = Armed;
            if (change != Change.None && Services is not null
                && eventData.Context!.ChangeTracker.Entries<Article>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            {
                Armed = Change.None;
                using var scope = Services.CreateScope();
                var stories = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>().Articles.Where(a => a.Headline == "Story with an error");
                await (change == Change.Save
                    ? stories.ExecuteUpdateAsync(set => set.SetProperty(a => a.Version, Guid.NewGuid()), cancellationToken)
                    : stories.ExecuteDeleteAsync(cancellationToken));
            }

            return result;
        }
    }
}
