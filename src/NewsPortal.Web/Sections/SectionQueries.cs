using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Sections;

/// <summary>
/// A section as readers reach it: its name as the newsroom writes it, the slug of its page, and every spelling of
/// it on stories ("Press Conference" and "Press conference" share one page).
/// </summary>
public sealed record SectionLink(string Name, string Slug, IReadOnlyList<string> Names);

/// <summary>
/// Sections are the free-text section names on published stories; a newsroom has a handful, so they are
/// matched to their slugs in memory.
/// </summary>
public sealed class SectionQueries(NewsPortalDbContext db, NewsroomClock clock)
{
    public async Task<IReadOnlyList<SectionLink>> PublishedAsync(CancellationToken cancellationToken = default) =>
        (await PublishedNamesAsync(cancellationToken)).GroupBy(Slug.ForName, StringComparer.Ordinal)
            .Select(spellings => new SectionLink(spellings.First(), spellings.Key, spellings.ToList()))
            .OrderBy(section => section.Slug, StringComparer.Ordinal).ToList();

    /// <summary>The section names on published stories, exactly as the newsroom wrote them.</summary>
    public Task<List<string>> PublishedNamesAsync(CancellationToken cancellationToken = default)
    {
        // A skip scan of the (Section, Status, PublishedAt) index: one seek per section name, however many stories
        // there are, then one seek each for a published story. DISTINCT would read the whole index.
        var now = clock.UtcNow;
        return db.Database.SqlQuery<string>($"""
            WITH RECURSIVE names("Name") AS (
                SELECT MIN("Section") FROM "Articles" WHERE "Section" IS NOT NULL
                UNION ALL
                SELECT (SELECT MIN(a."Section") FROM "Articles" a WHERE a."Section" > names."Name") FROM names WHERE names."Name" IS NOT NULL
            )
            SELECT "Name" AS "Value" FROM names
            WHERE "Name" IS NOT NULL AND EXISTS (
                SELECT 1 FROM "Articles" a WHERE a."Section" = names."Name" AND a."Status" = {nameof(ArticleStatus.Published)} AND a."PublishedAt" <= {now})
            """).ToListAsync(cancellationToken);
    }

    public async Task<SectionLink?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        (await PublishedAsync(cancellationToken)).FirstOrDefault(section => string.Equals(section.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
