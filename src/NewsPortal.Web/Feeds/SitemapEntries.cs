using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Sections;

namespace NewsPortal.Web.Feeds;

/// <summary>A page in the sitemap; <see cref="LastModified"/> is given for stories only.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified);

/// <summary>
/// Every page worth crawling, in a stable order: the front page, LATEST, the sections, the tag pages, then the
/// stories oldest first, so that new stories land in the last numbered sitemap and the earlier ones rarely change.
/// </summary>
public sealed class SitemapEntries(FeedStories stories, SectionQueries sections)
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
                    FeedStories.LastModified(a.PublishedAt, a.PublishedAtIsEstimate, a.UpdatedAt, a.CreatedAt)))
                .ToListAsync(cancellationToken);
            entries.AddRange(published);
        }

        return entries;
    }

    private async Task<List<string>> FixedPathsAsync(CancellationToken cancellationToken) =>
        ["/", "/latest", .. (await sections.PublishedAsync(cancellationToken)).Select(section => Urls.Section(section.Name))];

    // Only tags that carry a published story: a tag used by drafts alone would give their subject away.
    private IQueryable<string> TagSlugs() =>
        stories.Published().SelectMany(a => a.TagLinks).Select(l => l.Tag.Slug).Distinct();
}
