using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Caching;

/// <summary>
/// A scheduled story goes live by the clock, with no save to evict the cache, so the watch evicts it when the
/// first request arrives at or after the story's time. It asks the store when that is due: at the next known
/// go-live time, after any save, and at least once a minute, which also catches schedules made by other instances.
/// </summary>
internal sealed class GoLiveWatch(IServiceScopeFactory scopes, StoryEviction eviction, NewsroomClock clock) : IDisposable
{
    private static readonly TimeSpan LookAgainAfter = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _nextLookTicks;
    private DateTime? _lookedAt;

    public async ValueTask EvictIfDueAsync(CancellationToken cancellationToken)
    {
        if (clock.UtcNow.Ticks < Interlocked.Read(ref _nextLookTicks))
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.UtcNow;
            if (now.Ticks >= Interlocked.Read(ref _nextLookTicks))
            {
                await LookAsync(now, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The store changed and the cache was emptied: the next request looks again.</summary>
    public void StoreChanged() => Interlocked.Exchange(ref _nextLookTicks, 0);

    private async Task LookAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var published = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>().Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published);
        if (_lookedAt is { } since && await published.AnyAsync(a => a.PublishedAt > since && a.PublishedAt <= now, cancellationToken))
        {
            await eviction.EvictAsync(cancellationToken);
        }

        var next = await published.Where(a => a.PublishedAt > now).MinAsync(a => a.PublishedAt, cancellationToken);
        var lookAgain = now + LookAgainAfter;
        _lookedAt = now;
        Interlocked.Exchange(ref _nextLookTicks, (next < lookAgain ? next.Value : lookAgain).Ticks);
    }
}
