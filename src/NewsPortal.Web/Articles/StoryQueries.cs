using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Data;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Articles;

/// <summary>
/// The queries behind every article, front and tag page, compiled once per app (a compiled query belongs to the model,
/// and so to the database provider, it was first run with): no LINQ translation or cache look-up per request. Each reads one index range (see the indexes in the entity configurations); "published by now" is
/// spelled out because a compiled query cannot call <see cref="PublishedStories"/>.
/// </summary>
public sealed class StoryQueries
{
    public Func<NewsPortalDbContext, int, DateTime, CancellationToken, Task<ArticleView?>> ArticleById { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, int id, DateTime now, CancellationToken _) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Id == id && a.Status == ArticleStatus.Published && a.PublishedAt <= now)
                .Select(StoryProjections.ToView).FirstOrDefault());

    /// <summary>The newest story with a body: the front page's lead.</summary>
    public Func<NewsPortalDbContext, DateTime, CancellationToken, Task<ArticleView?>> Lead { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, DateTime now, CancellationToken _) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now && a.BodyMarkdown != "")
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Select(StoryProjections.ToView).FirstOrDefault());

    public Func<NewsPortalDbContext, DateTime, int, int, IAsyncEnumerable<StoryLink>> Newest { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, DateTime now, int excludedId, int count) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now && a.Id != excludedId)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(count).Select(StoryProjections.ToLink));

    /// <summary>The newest stories the newsroom gave a time for: the front page's news feed.</summary>
    public Func<NewsPortalDbContext, DateTime, int, int, IAsyncEnumerable<StoryLink>> NewestDated { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, DateTime now, int excludedId, int count) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now && a.Id != excludedId && !a.PublishedAtIsEstimate)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(count).Select(StoryProjections.ToLink));

    public Func<NewsPortalDbContext, DateTime, int, int, IAsyncEnumerable<StoryLink>> Hot { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, DateTime now, int excludedId, int count) =>
            db.Articles.AsNoTracking()
                .Where(a => a.IsHot && a.Status == ArticleStatus.Published && a.PublishedAt <= now && a.Id != excludedId)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(count).Select(StoryProjections.ToLink));

    public Func<NewsPortalDbContext, int, DateTime, int, int, IAsyncEnumerable<StoryLink>> NewestWithTag { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, int tagId, DateTime now, int excludedId, int count) =>
            db.Set<ArticleTag>().AsNoTracking()
                .Where(l => l.TagId == tagId && l.ListedAt <= now && l.ArticleId != excludedId)
                .OrderByDescending(l => l.ListedAt).ThenByDescending(l => l.ArticleId)
                .Take(count).Select(StoryProjections.TaggedToLink));

    /// <summary>
    /// How many of a tag's links are listed by now, counted up to a limit over the tag's index range. The order is
    /// the index's own, so it costs nothing; without one EF warns that which rows the limit keeps is undefined.
    /// </summary>
    public Func<NewsPortalDbContext, int, DateTime, int, CancellationToken, Task<int>> CountTagged { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, int tagId, DateTime now, int limit, CancellationToken _) =>
            db.Set<ArticleTag>().Where(l => l.TagId == tagId && l.ListedAt <= now).OrderByDescending(l => l.ListedAt).Take(limit).Count());

    /// <summary>A tag by its (lower-case) slug, if a story readers may see by now carries it.</summary>
    public Func<NewsPortalDbContext, string, DateTime, CancellationToken, Task<TagLink?>> ListedTag { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, string slug, DateTime now, CancellationToken _) =>
            db.Tags.AsNoTracking()
                .Where(t => t.Slug == slug && db.Set<ArticleTag>().Any(l => l.TagId == t.Id && l.ListedAt <= now))
                .Select(t => new TagLink(t.Id, t.Name, t.Slug)).FirstOrDefault());

    /// <summary>
    /// Tags readers may see named by a search spelt as a slug (<see cref="TagQueries.NamedInAsync"/>): the slug itself,
    /// then slugs that start with its words, then slugs that start with it or have it as a later word; shorter names
    /// first in each. The tags table is read whole (a few hundred rows on a large archive), each match then checked on its own
    /// range of the (tag, listed time) index.
    /// </summary>
    public Func<NewsPortalDbContext, string, string, string, string, bool, bool, DateTime, int, IAsyncEnumerable<TagLink>> TagsNamed { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, string slug, string firstWords, string wordInside, string wordStart, bool laterWords, bool partWords, DateTime now, int count) =>
            db.Tags.AsNoTracking()
                .Where(t => (t.Slug == slug || t.Slug.StartsWith(firstWords)
                        || (laterWords && (t.Slug.Contains(wordInside) || t.Slug.EndsWith(wordStart)))
                        || (partWords && (t.Slug.StartsWith(slug) || t.Slug.Contains(wordStart))))
                    && db.Set<ArticleTag>().Any(l => l.TagId == t.Id && l.ListedAt <= now))
                .OrderBy(t => t.Slug == slug ? 0 : t.Slug.StartsWith(firstWords) ? 1 : t.Slug.StartsWith(slug) ? 2 : 3)
                .ThenBy(t => t.Slug.Length).ThenBy(t => t.Slug)
                .Take(count)
                .Select(t => new TagLink(t.Id, t.Name, t.Slug)));

    public Func<NewsPortalDbContext, int, IAsyncEnumerable<TagLink>> TagsOf { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, int articleId) =>
            db.Set<ArticleTag>().AsNoTracking().Where(l => l.ArticleId == articleId).OrderBy(l => l.Position)
                .Select(l => new TagLink(l.Tag.Id, l.Tag.Name, l.Tag.Slug)));

    public Func<NewsPortalDbContext, int, IAsyncEnumerable<NoticeView>> NoticesOf { get; } =
        EF.CompileAsyncQuery((NewsPortalDbContext db, int articleId) =>
            db.ArticleNotices.AsNoTracking().Where(n => n.ArticleId == articleId).OrderBy(n => n.At)
                .Select(n => new NoticeView(n.Kind, n.Text, n.At)));
}
