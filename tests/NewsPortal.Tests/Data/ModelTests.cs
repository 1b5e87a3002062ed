using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Data;

namespace NewsPortal.Tests.Data;

/// <summary>
/// The model the code builds is the one the migrations made: an entity configuration left out, or a change with no
/// migration, shows here before it shows as a missing column in production.
/// </summary>
public class ModelTests
{
    [Fact]
    public void TheSqliteModelMatchesItsMigrations()
    {
        using var folder = SeedFile.FolderWith();
        using var db = new NewsPortalDbContext(new DbContextOptionsBuilder<NewsPortalDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder.Path, "model.db")}").Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void ThePostgresModelMatchesItsMigrations()
    {
        // The model is compared with the migrations' snapshot; no server is asked.
        using var db = new PostgresNewsPortalDbContext(new DbContextOptionsBuilder<PostgresNewsPortalDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=model_check").Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
