using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Tags;

public sealed class TagQueries(NewsPortalDbContext db)
{
    /// <summary>Finds a tag by slug, whatever the letter case of the address.</summary>
    public Task<TagLink?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var lowered = slug.ToLowerInvariant();
        return db.Tags.AsNoTracking().Where(t => t.Slug == lowered)
            .Select(t => new TagLink(t.Id, t.Name, t.Slug)).FirstOrDefaultAsync(cancellationToken);
    }
}
