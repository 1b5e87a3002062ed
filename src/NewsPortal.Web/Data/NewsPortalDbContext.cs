using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Audit;
using NewsPortal.Web.Data.EntityConfigurations;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Data;

/// <summary>
/// The store. On SQLite it is used as it is; on PostgreSQL through <see cref="PostgresNewsPortalDbContext"/>, which
/// differs only in having its own migrations.
/// </summary>
public class NewsPortalDbContext : IdentityDbContext<NewsroomUser>
{
    public NewsPortalDbContext(DbContextOptions<NewsPortalDbContext> options)
        : base(options)
    {
    }

    protected NewsPortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<ArticleNotice> ArticleNotices => Set<ArticleNotice>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>Set while a save that changes what readers see waits to be committed; the reader cache is emptied then.</summary>
    internal bool ReaderVisibleChangePending { get; set; }

    /// <summary>
    /// The order of the newsroom's language, from the app's services; a context made outside the app (the benchmark's
    /// data generator) has none and keys headlines in the default language's order, which start-up corrects if need be.
    /// </summary>
    internal HeadlineOrder HeadlineOrder => _headlineOrder ??=
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<HeadlineOrder>()
        ?? HeadlineOrder.Default;

    private HeadlineOrder? _headlineOrder;

    /// <summary>
    /// Set on the target of <see cref="DataCopyCommand"/>: rows are saved exactly as they were read from another store,
    /// so no story gets a new version and no tag link's listed time is worked out again (nor its story looked up).
    /// </summary>
    internal bool SavesRowsAsRead { get; init; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Named one by one: finding them by scanning the assembly loads every type in it, and with them the Redis and
        // PostgreSQL client libraries, which a single SQLite site never uses.
        builder.ApplyConfiguration(new ArticleConfiguration())
            .ApplyConfiguration(new ArticleTagConfiguration())
            .ApplyConfiguration(new ArticleNoticeConfiguration())
            .ApplyConfiguration(new ArticleRevisionConfiguration())
            .ApplyConfiguration(new TagConfiguration())
            .ApplyConfiguration(new AuditEventConfiguration());
        builder.HasDbFunction(typeof(SqliteText).GetMethod(nameof(SqliteText.Lower))!).HasName(SqliteText.LowerName);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every stored time is UTC; the database keeps no kind, so it is restored on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!SavesRowsAsRead)
        {
            NewVersionForChangedArticles();
            KeyNewHeadlines();
            await ListTagLinksAsync(cancellationToken);
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!SavesRowsAsRead)
        {
            NewVersionForChangedArticles();
            KeyNewHeadlines();
            ListTagLinksAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    // Neither store gives a portable row version, so the app issues one: the old value guards the UPDATE, the new one is stored.
    private void NewVersionForChangedArticles()
    {
        foreach (var entry in ChangeTracker.Entries<Article>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = Guid.NewGuid();
        }
    }

    // Every path that writes a headline saves it through here, so a story's place in the A–Z list follows its headline.
    private void KeyNewHeadlines()
    {
        foreach (var entry in ChangeTracker.Entries<Article>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(a => a.Headline).IsModified)))
        {
            HeadlineOrder.Key(entry.Entity);
        }
    }

    // Every path that publishes, schedules, unpublishes or re-tags a story goes through here, so the copy of the
    // publish time on its tag links can never fall behind.
    private async Task ListTagLinksAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in ChangeTracker.Entries<Article>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList())
        {
            var links = entry.Collection(a => a.TagLinks);
            if (!links.IsLoaded && entry.State == EntityState.Modified)
            {
                await links.LoadAsync(cancellationToken);
            }

            foreach (var link in entry.Entity.TagLinks)
            {
                link.ListedAt = ListedAt(entry.Entity);
            }
        }

        foreach (var entry in ChangeTracker.Entries<ArticleTag>().Where(e => e.State == EntityState.Added).ToList())
        {
            var article = entry.Entity.Article ?? await Articles.FindAsync([entry.Entity.ArticleId], cancellationToken);
            entry.Entity.ListedAt = article is null ? null : ListedAt(article);
        }
    }

    private static DateTime? ListedAt(Article article) => article.Status == ArticleStatus.Published ? article.PublishedAt : null;
}
