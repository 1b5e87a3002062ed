using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Tags;

public sealed class TagQueries(NewsPortalDbContext db)
{
    /// <summary>The most used tags' names, for the editor to pick from.</summary>
    public async Task<IReadOnlyList<string>> MostUsedNamesAsync(int count, CancellationToken cancellationToken = default) =>
        await db.Set<Articles.ArticleTag>().AsNoTracking()
            .GroupBy(l => l.Tag.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(count)
            .Select(g => g.Key).ToListAsync(cancellationToken);

    /// <summary>Finds a tag by slug, whatever the letter case of the address.</summary>
    public Task<TagLink?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var lowered = slug.ToLowerInvariant();
        return db.Tags.AsNoTracking().Where(t => t.Slug == lowered)
            .Select(t => new TagLink(t.Id, t.Name, t.Slug)).FirstOrDefaultAsync(cancellationToken);
    }
}
