namespace NewsPortal.Web.Articles;

/// <summary>The one definition of what readers may see, for every surface: pages, search, feeds, sitemaps, API.</summary>
public static class PublishedStories
{
    /// <summary>Stories that are published and whose time has come; a scheduled story joins by itself at its time.</summary>
    public static IQueryable<Article> PublishedBy(this IQueryable<Article> articles, DateTime utcNow) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= utcNow);

    /// <summary>Newest first; stories the wire gave at the same moment keep the order they were stored in.</summary>
    public static IOrderedQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    /// <summary>A tag's links to the stories readers may see by now: a link is listed from its story's publish time.</summary>
    public static IQueryable<ArticleTag> ListedBy(this IQueryable<ArticleTag> links, int tagId, DateTime utcNow) =>
        links.Where(l => l.TagId == tagId && l.ListedAt <= utcNow);

    /// <summary>A tag's stories newest first, in the order of its (tag, time, story) index.</summary>
    public static IOrderedQueryable<ArticleTag> NewestFirst(this IQueryable<ArticleTag> links) =>
        links.OrderByDescending(l => l.ListedAt).ThenByDescending(l => l.ArticleId);
}
