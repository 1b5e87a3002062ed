using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Sections;

/// <summary>A section as readers reach it: its name as the newsroom writes it and the slug of its page.</summary>
public sealed record SectionLink(string Name, string Slug);

/// <summary>
/// Sections are the free-text section names on published stories; a newsroom has a handful, so they are
/// matched to their slugs in memory.
/// </summary>
public sealed class SectionQueries(NewsPortalDbContext db, NewsroomClock clock)
{
    public async Task<IReadOnlyList<SectionLink>> PublishedAsync(CancellationToken cancellationToken = default)
    {
        var names = await db.Articles.AsNoTracking().PublishedBy(clock.UtcNow)
            .Where(a => a.Section != null).Select(a => a.Section!).Distinct().ToListAsync(cancellationToken);
        return names.Select(name => new SectionLink(name, Slug.From(name)))
            .DistinctBy(section => section.Slug).OrderBy(section => section.Slug, StringComparer.Ordinal).ToList();
    }

    public async Task<SectionLink?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        (await PublishedAsync(cancellationToken)).FirstOrDefault(section => string.Equals(section.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
