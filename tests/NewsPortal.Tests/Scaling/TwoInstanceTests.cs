using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Audit;

namespace NewsPortal.Tests.Scaling;

/// <summary>
/// Two instances of the site on one PostgreSQL database and one Redis, as behind a load balancer: they start
/// together, share sign-ins, see each other's publishing on the next request, and record a scheduled story once.
/// </summary>
public sealed class TwoInstanceTests : IDisposable
{
    private readonly string _database = TestPostgres.CreateDatabase();
    private readonly TestRedis _redis = new();
    private readonly NewsPortalFactory _a;
    private readonly NewsPortalFactory _b;

    public TwoInstanceTests()
    {
        _a = Instance();
        _b = Instance();
    }

    private NewsPortalFactory Instance() => _redis.Instance()
        .With("Database:Provider", "Postgres")
        .With("ConnectionStrings:NewsPortal", _database);

    [Fact]
    public async Task InstancesStartingTogetherMigrateAndImportTheSeedOnce()
    {
        await Task.WhenAll(Task.Run(() => _a.CreateReader()), Task.Run(() => _b.CreateReader()));

        var seedStories = await _a.WithStoreAsync(db => db.Articles.CountAsync());
        Assert.Equal(21, seedStories);
        Assert.Equal(1, await _b.WithStoreAsync(db => db.Articles.CountAsync(a => a.Slug.StartsWith("umerov-kubilius"))));
    }

    [Fact]
    public async Task AnEditorSignedInOnOneInstanceWorksOnTheOther()
    {
        var onA = await _a.SignedInAsync(Roles.Editor);
        var onB = onA.SameBrowserOn(_b);

        await onB.GetPageAsync("/admin");
        // The form on B carries B's antiforgery token, checked against the cookie A issued.
        using var saved = await onB.SubmitFormAsync("/admin/stories/new", "form.editor__form", new()
        {
            ["Draft.Headline"] = "Written on the second server",
            ["Draft.Body"] = "Saved through instance B.",
        }, "Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // The keys that signed the cookie are the shared ones in Redis, not each machine's own folder.
        Assert.NotEmpty(await _redis.KeysAsync("data-protection-keys"));
        Assert.Equal("Written on the second server", (await onA.GetPageAsync(saved.Headers.Location!.OriginalString)).QuerySelector("#Draft_Headline")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AStoryPublishedOnOneInstanceIsOnTheOthersFrontPageAtOnce()
    {
        var readerOnB = _b.CreateReader();
        await readerOnB.GetPageAsync("/");
        using (var cached = await readerOnB.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.NotNull(cached.Headers.Age); // B serves its front page from the shared cache
        }

        var editorOnA = await _a.SignedInAsync(Roles.Editor);
        using var published = await editorOnA.SubmitFormAsync("/admin/stories/new", "form.editor__form", new()
        {
            ["Draft.Headline"] = "Published on the first server",
            ["Draft.Body"] = "Readers of every server see it.",
        }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        Assert.Equal("Published on the first server", (await readerOnB.GetPageAsync("/")).Text("#LeadHeadline"));
    }

    [Fact]
    public async Task AScheduledStoryGoesLiveOnBothAndIsRecordedOnce()
    {
        var editorOnA = await _a.SignedInAsync(Roles.Editor);
        using var scheduled = await editorOnA.SubmitFormAsync("/admin/stories/new", "form.editor__form", new()
        {
            ["Draft.Headline"] = "Scheduled on the first server",
            ["Draft.Body"] = "Goes live in the morning.",
            ["ScheduleAt"] = "2025-03-08T09:00",
        }, "Schedule");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var readerOnB = _b.CreateReader();
        Assert.NotEqual("Scheduled on the first server", (await readerOnB.GetPageAsync("/")).Text("#LeadHeadline"));

        var morning = new DateTimeOffset(2025, 3, 8, 7, 0, 0, TimeSpan.Zero);
        _a.Time.SetUtcNow(morning);
        _b.Time.SetUtcNow(morning);
        var jobs = new[] { _a, _b }.Select(app => app.Services.GetRequiredService<ScheduledPublishing>());
        await Task.WhenAll(jobs.Select(job => job.RecordDueAsync(CancellationToken.None)));

        Assert.Equal("Scheduled on the first server", (await readerOnB.GetPageAsync("/")).Text("#LeadHeadline"));
        Assert.Equal("Scheduled on the first server", (await _a.CreateReader().GetPageAsync("/")).Text("#LeadHeadline"));
        var wentLive = await _a.WithStoreAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.WentLive));
        Assert.Equal(1, wentLive);
    }

    // IDisposable, which xunit 2 calls on test classes; it does not call IAsyncDisposable.
    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        TestPostgres.DropDatabase(_database);
        _redis.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
