using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data.EntityConfigurations;

namespace NewsPortal.Web.Data;

/// <summary>
/// The store on PostgreSQL. A type of its own so that EF Core keeps a second set of migrations
/// (Data/Migrations/Postgres) beside SQLite's; the model is the same but for the indexes each store's text look-ups read.
/// </summary>
public sealed class PostgresNewsPortalDbContext(DbContextOptions<PostgresNewsPortalDbContext> options) : NewsPortalDbContext(options)
{
    public const string HeadlineTrigramsIndex = "IX_Articles_Headline_Trigrams";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // PostgreSQL's search has its own text index in the stories table; this one serves only SQLite's.
        var article = builder.Entity<Article>().Metadata;
        article.RemoveIndex(article.FindIndex(ArticleConfiguration.SearchVisibleIndex)!);
        // The newsroom's filter looks for its text anywhere in a headline with ILIKE, which pg_trgm's index answers
        // (rechecking what it finds) instead of a read of every headline.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Article>().HasIndex(a => a.Headline, HeadlineTrigramsIndex).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
