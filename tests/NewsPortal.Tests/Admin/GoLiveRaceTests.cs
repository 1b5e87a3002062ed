using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Audit;
using Serilog.Core;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// An editor saves a story at the very moment the schedule records it going live, so that both count the same last
/// revision and give theirs the next number. Whichever writes second meets the other's revision: an editor gets the
/// conflict a colleague's save gives, and the schedule records the story at once rather than on its next round.
/// </summary>
public class GoLiveRaceTests
{
    private const string Headline = "Polls open at dawn";

    [Fact]
    public async Task AnEditorWhoSavesAsTheStoryGoesLiveGetsAConflictAndKeepsTheirText()
    {
        var rival = new ScheduleGoesLiveFirst();
        using var app = new NewsPortalFactory().WithService<IInterceptor>(rival);
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await StoryWhoseTimeHasComeAsync(app, editor);
        rival.Services = app.Services;
        rival.Armed = true;

        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "Turnout was high by noon." }, "Save");

        Assert.NotEmpty(rival.Recorded);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var conflict = await response.ParseAsync();
        Assert.Equal("Someone else saved this story while you were editing it", conflict.Text("#ConflictHeading"));
        Assert.StartsWith($"Saved by {ScheduledPublishing.Actor} at ", conflict.Text(".conflict__who"), StringComparison.Ordinal);
        Assert.Equal("Turnout was high by noon.", conflict.QuerySelector("#Draft_Body")!.TextContent.Trim());
        Assert.Equal(["published", "went live at 20:00 07.03.2025, as scheduled"], await ChangesAsync(app));
    }

    [Fact]
    public async Task ARestoreAsTheStoryGoesLiveIsAConflictToo()
    {
        var rival = new ScheduleGoesLiveFirst();
        using var app = new NewsPortalFactory().WithService<IInterceptor>(rival);
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await StoryWhoseTimeHasComeAsync(app, editor);
        using var edited = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "Polling stations open at seven." }, "Save");
        rival.Services = app.Services;
        rival.Armed = true;

        using var response = await editor.SubmitFormAsync(editUrl.Replace("/edit", "/history", StringComparison.Ordinal), "form[action*='handler=Restore']", []);

        Assert.NotEmpty(rival.Recorded);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Someone else saved this story while you were editing it.", (await editor.GetPageAsync(response.Headers.Location!.OriginalString)).Text(".flash"));
        Assert.Equal(["published", "updated the live story", "went live at 20:00 07.03.2025, as scheduled"], await ChangesAsync(app));
    }

    [Fact]
    public async Task AStoryWhoseRevisionNumberIsTakenAsItGoesLiveIsRecordedAtOnceAndOnce()
    {
        var rival = new EditorTakesTheNumber();
        var log = new ErrorsLogged();
        using var app = new NewsPortalFactory().WithService<IInterceptor>(rival).WithService<ILogEventSink>(log);
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await StoryWhoseTimeHasComeAsync(app, editor);
        rival.Armed = true;

        var recorded = await app.Services.GetRequiredService<ScheduledPublishing>().RecordDueAsync(CancellationToken.None);

        Assert.False(rival.Armed, "the editor's save did not run: the race was not staged");
        Assert.Equal([int.Parse(editUrl.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture)], recorded);
        Assert.Single(await app.WithStoreAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Action == AuditActions.WentLive).ToListAsync()));
        Assert.Single(await ChangesAsync(app), change => change.StartsWith("went live", StringComparison.Ordinal));
        Assert.Empty(log.Errors);
    }

    /// <summary>
    /// Publishes a story and leaves it as a scheduled one is when its time has just come: live by the clock, its going
    /// live not yet recorded. The clock stays put, so the job's own timer does not record it first.
    /// </summary>
    private static async Task<string> StoryWhoseTimeHasComeAsync(NewsPortalFactory app, HttpClient editor)
    {
        using var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = Headline, ["Draft.Body"] = "Polling stations open at six." }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Headline == Headline).ExecuteUpdateAsync(set => set.SetProperty(a => a.GoLivePending, true)));
        return published.Headers.Location!.OriginalString;
    }

    private static Task<List<string>> ChangesAsync(NewsPortalFactory app) =>
        app.WithStoreAsync(db => db.ArticleRevisions.AsNoTracking().Where(r => r.Article.Headline == Headline).OrderBy(r => r.Number).Select(r => r.Change).ToListAsync());

    /// <summary>Just before an editor's edit writes its revision, the schedule records the story going live.</summary>
    private sealed class ScheduleGoesLiveFirst : SaveChangesInterceptor
    {
        public IServiceProvider? Services { get; set; }

        public volatile bool Armed;

        public IReadOnlyList<int> Recorded { get; private set; } = [];

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Armed && Services is not null && eventData.Context!.ChangeTracker.Entries<ArticleRevision>().Any(e => e.State == EntityState.Added))
            {
                Armed = false;
                Recorded = await Services.GetRequiredService<ScheduledPublishing>().RecordDueAsync(cancellationToken);
            }

            return result;
        }
    }

    /// <summary>
    /// Just before the schedule writes its "went live" revision, an editor's save takes that revision's number. It is
    /// written in the schedule's own transaction: on SQLite, no other connection can write while the schedule holds it.
    /// </summary>
    private sealed class EditorTakesTheNumber : SaveChangesInterceptor
    {
        public volatile bool Armed;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var db = eventData.Context!;
            if (Armed && db.ChangeTracker.Entries<ArticleRevision>().FirstOrDefault(e => e.State == EntityState.Added)?.Entity is { SavedBy: ScheduledPublishing.Actor } wentLive)
            {
                Armed = false;
                var (id, number) = (wentLive.Article.Id, wentLive.Number);
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "ArticleRevisions" ("ArticleId", "Number", "At", "SavedBy", "Change", "Status", "State", "ScheduledFor", "Snapshot")
                    SELECT "ArticleId", {number}, "At", 'editor@newsroom.example', 'updated the live story', "Status", "State", "ScheduledFor", "Snapshot"
                    FROM "ArticleRevisions" WHERE "ArticleId" = {id} AND "Number" = {number - 1}
                    """, cancellationToken);
            }

            return result;
        }
    }
}
