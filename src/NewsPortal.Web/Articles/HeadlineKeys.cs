using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Articles;

/// <summary>
/// At start-up, before requests: gives a sort key to every story without one (a store from before keys, rows written
/// outside the app) or with one made otherwise (another language, options or ICU version; see
/// <see cref="HeadlineOrder.Version"/>), so the A–Z list is never in an old or mixed order. In batches, each its own
/// transaction, so that a large archive is keyed without one long write and an interrupted start resumes.
/// </summary>
internal static class HeadlineKeys
{
    private const int BatchSize = 500;

    public static async Task<int> KeyStaleAsync(NewsPortalDbContext db, CancellationToken cancellationToken)
    {
        var order = db.HeadlineOrder;
        var keyed = 0;
        while (true)
        {
            // The ids alone, from the version's index: when every key is current, as on every start but the first after
            // an upgrade, no story's row is read.
            // In the index's own order, which costs no sort and tells EF which batch the limit takes.
            var ids = await db.Articles.Where(a => a.HeadlineSortKeyVersion != order.Version)
                .OrderBy(a => a.HeadlineSortKeyVersion).ThenBy(a => a.Id)
                .Select(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return keyed;
            }

            var stories = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Headline }).ToListAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var story in stories)
            {
                var key = order.KeyOf(story.Headline);
                // Not the story's version nor its time of change: no editor's open form becomes a conflict. A save of
                // another headline meanwhile has keyed the story itself; the next batch looks again if need be.
                await db.Articles.Where(a => a.Id == story.Id && a.Headline == story.Headline).ExecuteUpdateAsync(set => set
                    .SetProperty(a => a.HeadlineSortKey, key)
                    .SetProperty(a => a.HeadlineSortKeyVersion, order.Version), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            keyed += stories.Count;
        }
    }
}
