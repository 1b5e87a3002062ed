using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Tags;

public sealed class TagQueries(NewsPortalDbContext db, NewsroomClock clock)
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
        var lowered = slug.ToLowerInvariant();
        var now = clock.UtcNow;
        var listed = db.Set<ArticleTag>().Where(l => l.ListedAt <= now);
        return db.Tags.AsNoTracking()
            .Where(t => t.Slug == lowered && listed.Any(l => l.TagId == t.Id))
            .Select(t => new TagLink(t.Id, t.Name, t.Slug)).FirstOrDefaultAsync(cancellationToken);
    }
}
