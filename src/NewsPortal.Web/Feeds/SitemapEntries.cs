using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Sections;

namespace NewsPortal.Web.Feeds;

/// <summary>A page in the sitemap; <see cref="LastModified"/> and <see cref="PhotoUrl"/> (as stored) are given for stories only.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified, string? PhotoUrl = null);

/// <summary>
/// Every page worth crawling, in a stable order: the front page, LATEST, the sections, the tag pages, then the
/// stories oldest first, so that new stories land in the last numbered sitemap and the earlier ones rarely change.
/// A file of 50,000 stories is read from IX_Articles_Sitemap alone, which holds all that the file needs of a story,
/// its photo's address included: from the table, each story's row was read through its body to reach the times stored after it (at 100,000
/// stories, a second a file warm and several from disk).
/// </summary>
public sealed class SitemapEntries(NewsPortalDbContext db, NewsroomClock clock, FeedStories stories, SectionQueries sections)
{
    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        (await FixedPathsAsync(cancellationToken)).Count + await TagSlugs().CountAsync(cancellationToken) + await stories.Published().CountAsync(cancellationToken);

    public async Task<List<SitemapEntry>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var fixedPaths = await FixedPathsAsync(cancellationToken);
        var entries = fixedPaths.Skip(skip).Take(take).Select(path => new SitemapEntry(path, null)).ToList();
        skip = Math.Max(0, skip - fixedPaths.Count);
        if (entries.Count < take)
        {
            var tags = await TagSlugs().OrderBy(slug => slug).Skip(skip).Take(take - entries.Count).ToListAsync(cancellationToken);
            entries.AddRange(tags.Select(slug => new SitemapEntry(Urls.Tag(slug), null)));
            skip = Math.Max(0, skip - await TagSlugs().CountAsync(cancellationToken));
        }

        if (entries.Count < take)
        {
            var published = await stories.Published().OrderBy(a => a.Id).Skip(skip).Take(take - entries.Count)
                .Select(a => new SitemapEntry(
                    Urls.Article(a.Id, a.Slug),
                    FeedStories.LastModified(a.PublishedAt, a.PublishedAtIsEstimate, a.UpdatedAt, a.CreatedAt),
                    a.Photo.ImageUrl))
                .ToListAsync(cancellationToken);
            entries.AddRange(published);
        }

        return entries;
    }

    private async Task<List<string>> FixedPathsAsync(CancellationToken cancellationToken) =>
        ["/", "/latest", .. (await sections.PublishedAsync(cancellationToken)).Select(section => Urls.Section(section.Name))];

    // Only tags that carry a published story: a tag used by drafts alone would give their subject away. Each tag is
    // looked up on its own range of the (tag, listed time) index: from the stories' side, every published story's
    // links were read to find the few hundred tags.
    private IQueryable<string> TagSlugs()
    {
        var now = clock.UtcNow;
        return db.Tags.Where(t => db.Set<ArticleTag>().Any(l => l.TagId == t.Id && l.ListedAt <= now)).Select(t => t.Slug);
    }
}
