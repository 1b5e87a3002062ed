namespace NewsPortal.Web.Articles;

/// <summary>
/// Newest-first lists read from a cursor (keyset pagination). Each filter bounds the time column on both
/// sides it can, so the database seeks straight to the cursor in the (…, time, id) index and reads one page on.
/// </summary>
public static class StoryLists
{
    /// <summary>Published stories from <paramref name="stories"/>, in the direction of the position; the caller takes a page.</summary>
    public static IQueryable<StoryLink> Articles(IQueryable<Article> stories, DateTime now, ListPosition<StoryCursor> position)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var published = stories.Where(a => a.Status == ArticleStatus.Published);
        if (position.NewerThan is { } newer)
        {
            return published
                .Where(a => a.PublishedAt >= newer.PublishedAt && a.PublishedAt <= now && (a.PublishedAt > newer.PublishedAt || a.Id > newer.Id))
                .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id).Select(StoryProjections.ToLink);
        }

        var upTo = position.OlderThan is { } older && older.PublishedAt < now ? older.PublishedAt : now;
        published = published.Where(a => a.PublishedAt <= upTo);
        if (position.OlderThan is { } cursor)
        {
            published = published.Where(a => a.PublishedAt < cursor.PublishedAt || a.Id < cursor.Id);
        }

        return published.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(StoryProjections.ToLink);
    }

    /// <summary>Published stories with a tag, read off the tag's links, in the direction of the position.</summary>
    public static IQueryable<StoryLink> Tagged(IQueryable<ArticleTag> links, int tagId, DateTime now, ListPosition<StoryCursor> position)
    {
        ArgumentNullException.ThrowIfNull(links);
        var tagged = links.Where(l => l.TagId == tagId);
        if (position.NewerThan is { } newer)
        {
            return tagged
                .Where(l => l.ListedAt >= newer.PublishedAt && l.ListedAt <= now && (l.ListedAt > newer.PublishedAt || l.ArticleId > newer.Id))
                .OrderBy(l => l.ListedAt).ThenBy(l => l.ArticleId).Select(StoryProjections.TaggedToLink);
        }

        var upTo = position.OlderThan is { } older && older.PublishedAt < now ? older.PublishedAt : now;
        tagged = tagged.Where(l => l.ListedAt <= upTo);
        if (position.OlderThan is { } cursor)
        {
            tagged = tagged.Where(l => l.ListedAt < cursor.PublishedAt || l.ArticleId < cursor.Id);
        }

        return tagged.NewestFirst().Select(StoryProjections.TaggedToLink);
    }
}
