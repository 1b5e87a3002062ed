using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Caching;

/// <summary>
/// Empties the reader cache after every save that changes what readers may see (stories, their tags and
/// notices), once the change is committed, so the next request is built from the new state.
/// </summary>
internal sealed class ReaderCacheEviction(StoryEviction eviction, GoLiveWatch watch) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NewsPortalDbContext db && db.Database.CurrentTransaction is null)
        {
            await EvictIfChangedAsync(db, cancellationToken);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NewsPortalDbContext db)
        {
            await EvictIfChangedAsync(db, cancellationToken);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    private static void Note(DbContext? context)
    {
        if (context is NewsPortalDbContext db && db.ChangeTracker.Entries().Any(IsReaderVisibleChange))
        {
            db.ReaderVisibleChangePending = true;
        }
    }

    private static bool IsReaderVisibleChange(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is Article or ArticleTag or ArticleNotice or Tag;

    private async Task EvictIfChangedAsync(NewsPortalDbContext db, CancellationToken cancellationToken)
    {
        if (!db.ReaderVisibleChangePending)
        {
            return;
        }

        db.ReaderVisibleChangePending = false;
        await eviction.EvictAsync(cancellationToken);
        watch.StoreChanged();
    }
}
