using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Tags;

public sealed class TagQueries(NewsPortalDbContext db)
{
    public Task<TagLink?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Tags.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new TagLink(t.Id, t.Name, t.Slug)).FirstOrDefaultAsync(cancellationToken);
}
