using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data.EntityConfigurations;

namespace NewsPortal.Web.Data;

/// <summary>
/// The store on PostgreSQL. A type of its own so that EF Core keeps a second set of migrations
/// (Data/Migrations/Postgres) beside SQLite's; the model is the same but for what only SQLite's search reads.
/// </summary>
public sealed class PostgresNewsPortalDbContext(DbContextOptions<PostgresNewsPortalDbContext> options) : NewsPortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // PostgreSQL's search has its own text index in the stories table; this one serves only SQLite's.
        var article = builder.Entity<Article>().Metadata;
        article.RemoveIndex(article.FindIndex(ArticleConfiguration.SearchVisibleIndex)!);
    }
}
