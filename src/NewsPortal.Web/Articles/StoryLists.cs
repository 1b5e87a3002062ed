using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Articles;

/// <summary>
/// Newest-first lists read from a cursor (keyset pagination): LATEST, a section, a tag. Each bounds the time column
/// on both sides it can, so the database seeks straight to the cursor in the (…, time, id) index and reads one page
/// on. The top of a list is read as "older than the instant after now", so the first page and the 500th are the same
/// statement. Compiled once per app, like <see cref="StoryQueries"/>: a list page pays no LINQ translation or cache
/// look-up, which cost more than the read itself.
/// </summary>
public sealed class StoryLists
{
    private static readonly TimeSpan JustAfter = TimeSpan.FromMilliseconds(1);

    /// <summary>Published stories, in the direction of the position, up to <paramref name="count"/>.</summary>
    public IAsyncEnumerable<StoryLink> Latest(NewsPortalDbContext db, DateTime now, ListPosition<StoryCursor> position, int count)
    {
        if (position.NewerThan is { } newer)
        {
            return _latestNewer(db, newer.PublishedAt, newer.Id, now, count);
        }

        var (upTo, older) = OlderBound(position, now);
        return _latestOlder(db, upTo, older.PublishedAt, older.Id, count);
    }

    /// <summary>Published stories of a section, as its name is spelled in the store, in the direction of the position.</summary>
    public IAsyncEnumerable<StoryLink> Section(NewsPortalDbContext db, string section, DateTime now, ListPosition<StoryCursor> position, int count)
    {
        if (position.NewerThan is { } newer)
        {
            return _sectionNewer(db, section, newer.PublishedAt, newer.Id, now, count);
        }

        var (upTo, older) = OlderBound(position, now);
        return _sectionOlder(db, section, upTo, older.PublishedAt, older.Id, count);
    }

    /// <summary>Published stories with a tag, read off the tag's links, in the direction of the position.</summary>
    public IAsyncEnumerable<StoryLink> Tagged(NewsPortalDbContext db, int tagId, DateTime now, ListPosition<StoryCursor> position, int count)
    {
        if (position.NewerThan is { } newer)
        {
            return _taggedNewer(db, tagId, newer.PublishedAt, newer.Id, now, count);
        }

        var (upTo, older) = OlderBound(position, now);
        return _taggedOlder(db, tagId, upTo, older.PublishedAt, older.Id, count);
    }

    // Going older, the time is bounded above by the cursor or now, whichever is earlier: a cursor from the future
    // (a hand-made link) must not show a scheduled story before its time.
    private static (DateTime UpTo, StoryCursor Older) OlderBound(ListPosition<StoryCursor> position, DateTime now)
    {
        var older = position.OlderThan ?? new StoryCursor(now + JustAfter, 0);
        return (older.PublishedAt < now ? older.PublishedAt : now, older);
    }

    private readonly Func<NewsPortalDbContext, DateTime, DateTime, int, int, IAsyncEnumerable<StoryLink>> _latestOlder =
        EF.CompileAsyncQuery((NewsPortalDbContext db, DateTime upTo, DateTime at, int id, int count) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= upTo && (a.PublishedAt < at || a.Id < id))
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(count).Select(StoryProjections.ToLink));

    private readonly Func<NewsPortalDbContext, DateTime, int, DateTime, int, IAsyncEnumerable<StoryLink>> _latestNewer =
        EF.CompileAsyncQuery((NewsPortalDbContext db, DateTime at, int id, DateTime now, int count) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt >= at && a.PublishedAt <= now && (a.PublishedAt > at || a.Id > id))
                .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
                .Take(count).Select(StoryProjections.ToLink));

    private readonly Func<NewsPortalDbContext, string, DateTime, DateTime, int, int, IAsyncEnumerable<StoryLink>> _sectionOlder =
        EF.CompileAsyncQuery((NewsPortalDbContext db, string section, DateTime upTo, DateTime at, int id, int count) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Section == section && a.Status == ArticleStatus.Published && a.PublishedAt <= upTo && (a.PublishedAt < at || a.Id < id))
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(count).Select(StoryProjections.ToLink));

    private readonly Func<NewsPortalDbContext, string, DateTime, int, DateTime, int, IAsyncEnumerable<StoryLink>> _sectionNewer =
        EF.CompileAsyncQuery((NewsPortalDbContext db, string section, DateTime at, int id, DateTime now, int count) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Section == section && a.Status == ArticleStatus.Published && a.PublishedAt >= at && a.PublishedAt <= now
                    && (a.PublishedAt > at || a.Id > id))
                .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
                .Take(count).Select(StoryProjections.ToLink));

    private readonly Func<NewsPortalDbContext, int, DateTime, DateTime, int, int, IAsyncEnumerable<StoryLink>> _taggedOlder =
        EF.CompileAsyncQuery((NewsPortalDbContext db, int tagId, DateTime upTo, DateTime at, int id, int count) =>
            db.Set<ArticleTag>().AsNoTracking()
                .Where(l => l.TagId == tagId && l.ListedAt <= upTo && (l.ListedAt < at || l.ArticleId < id))
                .OrderByDescending(l => l.ListedAt).ThenByDescending(l => l.ArticleId)
                .Take(count).Select(StoryProjections.TaggedToLink));

    private readonly Func<NewsPortalDbContext, int, DateTime, int, DateTime, int, IAsyncEnumerable<StoryLink>> _taggedNewer =
        EF.CompileAsyncQuery((NewsPortalDbContext db, int tagId, DateTime at, int id, DateTime now, int count) =>
            db.Set<ArticleTag>().AsNoTracking()
                .Where(l => l.TagId == tagId && l.ListedAt >= at && l.ListedAt <= now && (l.ListedAt > at || l.ArticleId > id))
                .OrderBy(l => l.ListedAt).ThenBy(l => l.ArticleId)
                .Take(count).Select(StoryProjections.TaggedToLink));
}
