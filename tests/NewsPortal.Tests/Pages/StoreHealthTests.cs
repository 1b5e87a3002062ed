using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Pages;

[SqliteOnly]
public class StoreHealthTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    // Asked over several opens: the settings are made once per pooled SQLite handle and must outlive each open.
    [Fact]
    public async Task EveryConnectionIsDurableWithForeignKeysInWalMode()
    {
        for (var open = 1; open <= 3; open++)
        {
            var (journal, synchronous, foreignKeys) = await app.WithStoreAsync(async db =>
            {
                await db.Database.OpenConnectionAsync();
                try
                {
                    return ((await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Single(),
                            (await db.Database.SqlQueryRaw<int>("PRAGMA synchronous").ToListAsync()).Single(),
                            (await db.Database.SqlQueryRaw<int>("PRAGMA foreign_keys").ToListAsync()).Single());
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            });

            Assert.Equal("wal", journal);
            Assert.Equal(2, synchronous); // FULL
            Assert.Equal(1, foreignKeys);
        }
    }

    // A busy site keeps a connection per page being built; each connection's cache is memory the process holds.
    [Fact]
    public async Task EveryConnectionKeepsAHalfMegabytePageCache()
    {
        var kibibytes = await app.WithStoreAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                return (await db.Database.SqlQueryRaw<int>("PRAGMA cache_size").ToListAsync()).Single();
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        Assert.Equal(-500, kibibytes); // negative: in KiB, not pages
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpointsAnswer(string url)
    {
        using var response = await app.CreateReader().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
