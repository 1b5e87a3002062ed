using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Security;

/// <summary>
/// RateLimits:PageBuildsAtOnce: reads the reader cache does not answer are worked on a few at a time and the others
/// wait their turn, while pages from the cache, posts and health probes never wait.
/// </summary>
public class PageBuildLimitTests
{
    [Fact]
    public async Task PastTheLimitAReadWaitsItsTurnWhileCachedPagesAndProbesDoNot()
    {
        var gate = new StoreGate();
        using var app = new NewsPortalFactory().With("RateLimits:PageBuildsAtOnce", "1").WithService<IInterceptor>(gate);
        var reader = app.CreateReader();
        Assert.False(await CacheChecks.ServedFromCacheAsync(reader, "/latest"));

        gate.Close();
        var first = reader.GetAsync(new Uri("/tags/umerov", UriKind.Relative));
        await gate.HeldAsync(1);
        var second = reader.GetAsync(new Uri("/tags/kubilius", UriKind.Relative));
        await Task.Delay(300);

        Assert.Equal(1, gate.Held); // the second has not reached the store: it waits for the first
        Assert.True(await CacheChecks.ServedFromCacheAsync(reader, "/latest"));
        using (var probe = await reader.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        }

        gate.Open();
        using var firstPage = await first;
        using var secondPage = await second;
        Assert.Equal(HttpStatusCode.OK, firstPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondPage.StatusCode);
    }

    [Fact]
    public async Task PastTheQueueAReadIsToldTheSiteIsBusy()
    {
        var gate = new StoreGate();
        using var app = new NewsPortalFactory().With("RateLimits:PageBuildsAtOnce", "1").With("RateLimits:PageBuildsQueued", "0")
            .WithService<IInterceptor>(gate);
        var reader = app.CreateReader();
        await reader.GetPageAsync("/latest"); // started

        gate.Close();
        var first = reader.GetAsync(new Uri("/tags/umerov", UriKind.Relative));
        await gate.HeldAsync(1);
        var busy = await reader.GetPageAsync("/tags/kubilius", HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Busy", busy.Text("h1"));
        using (var again = await reader.GetAsync(new Uri("/sections/news", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), again.Headers.RetryAfter?.Delta);
        }

        gate.Open();
        using var firstPage = await first;
        Assert.Equal(HttpStatusCode.OK, firstPage.StatusCode);
    }

    [Fact]
    public async Task AReaderSlowToTakeAFeedGivesItsPermitBack()
    {
        using var app = new NewsPortalFactory().With("RateLimits:PageBuildsAtOnce", "1").With("OutputCache:Enabled", "false");
        var paragraph = string.Join(' ', Enumerable.Repeat("The ministry said the talks would go on next week.", 40));
        for (var i = 0; i < 10; i++)
        {
            await app.AddStoryAsync($"Long story {i}", NewsPortalFactory.SeedEvening.AddMinutes(-i - 1),
                body: string.Join("\n\n", Enumerable.Repeat(paragraph, 20)));
        }

        var reader = app.CreateReader();
        // Headers only: the body, far more than the server's send buffer, waits for a reader who never comes.
        using var feed = await reader.GetAsync(new Uri("/feed.atom", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);

        var next = reader.GetAsync(new Uri("/tags/umerov", UriKind.Relative));

        Assert.Same(next, await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(15))));
        using var page = await next;
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    /// <summary>While closed, holds every query at the store's door and counts the requests held there.</summary>
    private sealed class StoreGate : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool _closed;
        private int _held;

        public int Held => Volatile.Read(ref _held);

        public void Close() => _closed = true;

        public void Open()
        {
            _closed = false;
            _opened.TrySetResult();
        }

        public async Task HeldAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Held < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            Assert.Equal(count, Held);
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (_closed)
            {
                Interlocked.Increment(ref _held);
                await _opened.Task.WaitAsync(cancellationToken);
            }

            return result;
        }
    }
}
