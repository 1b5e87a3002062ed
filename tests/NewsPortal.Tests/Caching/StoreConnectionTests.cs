using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Caching;

/// <summary>
/// A reader page reads all its lists over one open connection, however many queries it makes; on SQLite that
/// connection stays open for later pages (with the statements prepared on it), so a page opens it once at most.
/// </summary>
public class StoreConnectionTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of")]
    [InlineData("/tags/umerov")]
    public async Task AReaderPageOpensTheStoreOnceAtMost(string url)
    {
        var opens = new OpenCounter();
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", "false").WithService<IInterceptor>(opens);
        var reader = app.CreateReader();
        await reader.GetPageAsync(url); // started and prepared

        opens.Count = 0;
        await reader.GetPageAsync(url);

        Assert.InRange(opens.Count, 0, 1);
    }

    private sealed class OpenCounter : DbConnectionInterceptor
    {
        private int _count;

        public int Count { get => _count; set => _count = value; }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _count);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }
}
