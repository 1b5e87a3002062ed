using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Audit;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Articles;

/// <summary>
/// Records each scheduled story in the audit log when its time comes. Readers see a scheduled story by the clock
/// alone (and <see cref="Caching.GoLiveWatch"/> empties each instance's reader cache then); this job is what happens
/// once per story, not once per instance: every instance runs it, and a story is claimed by a conditional update of
/// its <see cref="Article.GoLivePending"/> flag, in the same transaction as its audit entry and its history's "went
/// live" revision, so one instance wins.
/// </summary>
public sealed class ScheduledPublishing(IServiceScopeFactory scopes, NewsroomClock clock, TimeProvider time, ILogger<ScheduledPublishing> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    /// <summary>Who the audit log and the story's history name for what the schedule did.</summary>
    public const string Actor = "schedule";

    /// <summary>Saves in a row that each take the number first would be a story saved many times a second: left to the next round.</summary>
    private const int MaxAttempts = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                try
                {
                    await RecordDueAsync(stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // The next tick tries again; a store that is down is reported by the health check.
                    logger.LogError(error, "Recording scheduled stories that went live failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site is stopping. The host reports a job ending this way as failed when the site never started
            // (its address in use, say), over the one sentence Program prints.
        }
    }

    /// <summary>Claims and records the scheduled stories whose time has come; returns the ids this instance recorded.</summary>
    public async Task<IReadOnlyList<int>> RecordDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var now = clock.UtcNow;
        var due = await db.Articles.AsNoTracking()
            .Where(a => a.GoLivePending && a.PublishedAt <= now && a.Status == ArticleStatus.Published)
            .OrderBy(a => a.PublishedAt)
            .ToListAsync(cancellationToken);

        var recorded = new List<int>();
        foreach (var story in due)
        {
            if (await RecordAsync(db, audit, story, now, cancellationToken))
            {
                recorded.Add(story.Id);
                logger.LogInformation("Scheduled story {ArticleId} went live at {PublishedAt:u}", story.Id, story.PublishedAt);
            }
        }

        return recorded;
    }

    /// <summary>
    /// Claims one story and records it; false when another instance had claimed it. An editor's save of the story at
    /// this very moment may take the revision number this one counted on: the store then refuses the transaction as a
    /// whole, claim included, and the story is claimed and recorded again at once, after that save, rather than going
    /// live late on the next round.
    /// </summary>
    private async Task<bool> RecordAsync(NewsPortalDbContext db, AuditLog audit, Article story, DateTime now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ClaimAndRecordAsync(db, audit, story, now, cancellationToken);
            }
            catch (DbUpdateException error) when (StoreErrors.IsUniqueViolation(error) && attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                logger.LogInformation("A save of story {ArticleId} took its next revision number as it went live; recording it again", story.Id);
            }
        }
    }

    private async Task<bool> ClaimAndRecordAsync(NewsPortalDbContext db, AuditLog audit, Article story, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The revision is written before the story is claimed, in the order an editor's save writes its revision and
        // then the story: in the opposite order, on PostgreSQL, each could wait for the other until one was ended as a
        // deadlock.
        audit.Add(AuditActions.WentLive, ArticleEditor.Subject(story), clock.Display(story.PublishedAt!.Value), actor: Actor);
        await AddWentLiveRevisionAsync(db, story.Id, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var claimed = await db.Articles
            .Where(a => a.Id == story.Id && a.GoLivePending)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.GoLivePending, false), cancellationToken);
        if (claimed == 0)
        {
            db.ChangeTracker.Clear(); // another instance recorded it: the revision and entry go with the transaction
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The story's history shows the moment its last revision, saved as scheduled, came true (see <see cref="RecordAsync"/>
    /// for a save of the story that takes the same number).
    /// </summary>
    private async Task AddWentLiveRevisionAsync(NewsPortalDbContext db, int id, DateTime now, CancellationToken cancellationToken)
    {
        var article = await db.Articles.Include(a => a.TagLinks).ThenInclude(l => l.Tag).AsSplitQuery().SingleAsync(a => a.Id == id, cancellationToken);
        var last = await db.ArticleRevisions.Where(r => r.ArticleId == id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        db.ArticleRevisions.Add(ArticleRevision.Of(article, last + 1, now, Actor, $"went live at {clock.Display(article.PublishedAt!.Value)}, as scheduled"));
    }
}
