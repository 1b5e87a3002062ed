using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Feeds;

/// <summary>A story as feeds carry it. <see cref="ShownTime"/> is null when the wire gave no time for it.</summary>
public sealed record FeedStory(
    int Id, string Slug, string Headline, string? Byline, string Summary, string BodyHtml, FeedPhoto? Photo, DateTime? ShownTime,
    DateTime LastModified, IReadOnlyList<string> Tags);

/// <summary>A story's photo as its feed item shows it: the picture, what it shows, and whose it is.</summary>
public sealed record FeedPhoto(string Url, string? AltText, string? Caption, string? CreditText, string? CreditUrl);

/// <summary>Which stories a feed carries: the whole site's, one tag's, or one section's under any of its spellings.</summary>
public sealed record FeedSelection(int? TagId = null, IReadOnlyList<string>? SectionNames = null)
{
    public static readonly FeedSelection Site = new();
}

/// <summary>A story in the news sitemap: only stories with a real time are there.</summary>
public sealed record NewsStory(int Id, string Slug, string Headline, DateTime PublishedAt);

/// <summary>What feeds and sitemaps read of the store: the stories readers may see by now, and nothing else.</summary>
public sealed class FeedStories(NewsPortalDbContext db, NewsroomClock clock)
{
    public const int FeedLength = 50;

    /// <summary>
    /// The newest stories for a feed, read one at a time while the feed is written, so that a feed being written holds
    /// one whole story, not fifty. The read is synchronous because the feed formatter pulls its items synchronously;
    /// the XML goes into a memory buffer, not to the network.
    /// </summary>
    public IEnumerable<FeedStory> Newest(FeedSelection selection) =>
        NewestStories(selection)
            .Select(a => new FeedStory(
                a.Id, a.Slug, a.Headline, a.Byline, a.Summary, a.BodyHtml,
                a.Photo.ImageUrl == null ? null : new FeedPhoto(a.Photo.ImageUrl, a.Photo.AltText, a.Photo.Caption, a.Photo.CreditText, a.Photo.CreditUrl),
                a.PublishedAtIsEstimate ? null : a.PublishedAt,
                LastModified(a.PublishedAt, a.PublishedAtIsEstimate, a.UpdatedAt, a.CreatedAt),
                a.TagLinks.OrderBy(l => l.Position).Select(l => l.Tag.Name).ToList()))
            .AsEnumerable();

    /// <summary>
    /// When the newest change among the feed's stories was made, or null for a feed with none. Read before the
    /// stories themselves, because a feed carries it before its items.
    /// </summary>
    public async Task<DateTime?> LastModifiedAsync(FeedSelection selection, CancellationToken cancellationToken)
    {
        var times = await NewestStories(selection)
            .Select(a => new { a.PublishedAt, a.PublishedAtIsEstimate, a.UpdatedAt, a.CreatedAt })
            .ToListAsync(cancellationToken);
        return times.Count == 0 ? null : times.Max(t => LastModified(t.PublishedAt, t.PublishedAtIsEstimate, t.UpdatedAt, t.CreatedAt));
    }

    /// <summary>Stories with a real time published since <paramref name="window"/> ago, newest first.</summary>
    public Task<List<NewsStory>> RecentAsync(TimeSpan window, int limit, CancellationToken cancellationToken)
    {
        var since = clock.UtcNow - window;
        return Published().Where(a => !a.PublishedAtIsEstimate && a.PublishedAt >= since).NewestFirst().Take(limit)
            .Select(a => new NewsStory(a.Id, a.Slug, a.Headline, a.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
    }

    internal IQueryable<Article> Published() => db.Articles.AsNoTracking().PublishedBy(clock.UtcNow);

    // A tag's stories are read from its links (tag, time), as the tag's page reads them: from the stories' side,
    // every story would be checked for the tag, and the feed of a rare tag read the whole archive.
    // Headlines the wire listed without a time are left out: a feed entry is a dated publication, and any date given
    // for them (the time they were imported) would put them above the day's real news in a reader's feed.
    // A section's stories are read by the (Section, Status, PublishedAt) index, as the section's page reads them.
    private IQueryable<Article> NewestStories(FeedSelection selection) =>
        selection switch
        {
            { TagId: { } id } => db.Set<ArticleTag>().AsNoTracking().ListedBy(id, clock.UtcNow).Where(l => !l.Article.PublishedAtIsEstimate)
                .NewestFirst().Take(FeedLength).Select(l => l.Article),
            { SectionNames: { } names } => Published().Where(a => !a.PublishedAtIsEstimate && names.Contains(a.Section!))
                .NewestFirst().Take(FeedLength),
            _ => Published().Where(a => !a.PublishedAtIsEstimate).NewestFirst().Take(FeedLength),
        };

    /// <summary>When the story last changed, for Atom's updated and the sitemap's lastmod; never an estimated time.</summary>
    internal static DateTime LastModified(DateTime? publishedAt, bool isEstimate, DateTime updatedAt, DateTime createdAt)
    {
        if (isEstimate)
        {
            // The importer stores the estimate in UpdatedAt too; the time the story entered the store stands in for it.
            return updatedAt != publishedAt && updatedAt > createdAt ? updatedAt : createdAt;
        }

        return publishedAt is { } published && published > updatedAt ? published : updatedAt;
    }
}
