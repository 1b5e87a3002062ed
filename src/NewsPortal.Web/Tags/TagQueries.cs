using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Tags;

public sealed class TagQueries(NewsPortalDbContext db, StoryQueries queries, NewsroomClock clock)
{
    /// <summary>The most used tags' names, for the editor to pick from.</summary>
    public async Task<IReadOnlyList<string>> MostUsedNamesAsync(int count, CancellationToken cancellationToken = default) =>
        await db.Set<ArticleTag>().AsNoTracking()
            .GroupBy(l => l.Tag.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(count)
            .Select(g => g.Key).ToListAsync(cancellationToken);

    /// <summary>
    /// Finds a tag that readers may see, whatever the letter case of the address: one carried by a published
    /// story, so that a tag used only by drafts does not give their subject away.
    /// </summary>
    public Task<TagLink?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return queries.ListedTag(db, slug.ToLowerInvariant(), clock.UtcNow, cancellationToken);
    }
}
