using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Audit;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Search;

namespace NewsPortal.Web.Articles;

/// <summary>
/// The admin list's filter by where a story stands; "scheduled" is a published story whose time is ahead. "Sent back"
/// is a filter only: a draft an editor returned to its author, which is a draft (see <see cref="NewsroomQueries.StateOf"/>)
/// with a note.
/// </summary>
public enum StoryState
{
    Draft,
    SentBack,
    InReview,
    Scheduled,
    Published,
    Unpublished,
}

public sealed record NewsroomStoryRow(int Id, string Headline, string Slug, StoryState State, string? AuthorId, string? Author, DateTime UpdatedAt, DateTime? PublishedAt, bool PublishedAtIsEstimate)
{
    /// <summary>A draft an editor sent back to its author, waiting on their changes.</summary>
    public bool SentBack { get; init; }
}

/// <summary>The last thing done to a story: what ("published", "deleted"…), by whom, when (UTC).</summary>
public sealed record StoryChange(string What, string By, DateTime At);

public sealed record StoryRevisionRow(int Number, DateTime At, string SavedBy, string Change, StoryState? State, DateTime? ScheduledFor);

/// <summary>What the newsroom sees of its stories in the admin area: every status, not just what readers see.</summary>
public sealed class NewsroomQueries(NewsPortalDbContext db, NewsroomClock clock, IStorySearch search)
{
    public const int PageSize = 25;

    /// <summary>A page of the list: of one state or all, by one author (a user's id) or all, holding the text or not.</summary>
    public async Task<Paged<NewsroomStoryRow>?> ListAsync(StoryState? state, string? authorId, string? text, StoryListOrder order, int pageNumber, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var sentBack = true;
        var stories = db.Articles.AsNoTracking();
        if (authorId is not null)
        {
            stories = stories.Where(a => a.AuthorId == authorId);
        }

        stories = state switch
        {
            StoryState.Draft => stories.Where(a => a.Status == ArticleStatus.Draft),
            // The bare flag lets the store use the indexes that hold only the sent-back drafts; the same flag as a parameter
            // is what SQLite seeks them by (see ArticleConfiguration).
            StoryState.SentBack => stories.Where(a => a.SentBack && a.SentBack == sentBack),
            StoryState.InReview => stories.Where(a => a.Status == ArticleStatus.InReview),
            StoryState.Scheduled => stories.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > now),
            // Live stories are most of the archive and scheduled ones a few: the few are set aside by id, so that the
            // list is read in its order off an index led by the status, not picked out by time and then sorted.
            StoryState.Published => stories.Where(a => a.Status == ArticleStatus.Published
                && !db.Articles.Where(s => s.Status == ArticleStatus.Published && s.PublishedAt > now).Select(s => s.Id).Contains(a.Id)),
            StoryState.Unpublished => stories.Where(a => a.Status == ArticleStatus.Unpublished),
            _ => stories,
        };
        if (!string.IsNullOrWhiteSpace(text))
        {
            stories = Containing(stories, text.Trim());
        }

        var total = await stories.CountAsync(cancellationToken);
        var page = new Paged<NewsroomStoryRow>([], pageNumber, PageSize, total);
        if (pageNumber > page.TotalPages)
        {
            return null;
        }

        // Nothing to read: a search that found nothing would otherwise walk the whole list looking for a first row.
        if (total == 0)
        {
            return page;
        }

        var skip = (pageNumber - 1) * PageSize;
        var rows = order switch
        {
            StoryListOrder.Headline => await PageOfAsync(stories.OrderBy(a => a.HeadlineSortKey).ThenBy(a => a.Id), skip, PageSize, cancellationToken),
            StoryListOrder.PublishTime => await PageByPublishTimeAsync(stories, skip, cancellationToken),
            _ => await PageOfAsync(ByLastChange(stories), skip, PageSize, cancellationToken),
        };
        return page with
        {
            Items = rows.Select(r => new NewsroomStoryRow(r.Id, r.Headline, r.Slug, StateOf(r.Status, r.PublishedAt, now), r.AuthorId, r.Author, r.UpdatedAt, r.PublishedAt, r.PublishedAtIsEstimate)
            {
                SentBack = r.SentBack,
            }).ToList(),
        };
    }

    /// <summary>
    /// Stories whose headline holds the text anywhere (letter case aside, in every script), or whose headline or body
    /// holds its words as a reader's search finds them (all of them, the last also as the start of a longer word).
    /// Bodies are looked up in the full-text index: reading every body for the text took an editor's search of a
    /// 100,000-story archive one to ten seconds. Headlines are looked up in an index of their trigrams where the text
    /// is long enough for one and SQLite's LIKE would not fold its letters' case: lower-casing every headline to
    /// compare took a fifth of a second and more.
    /// </summary>
    private IQueryable<Article> Containing(IQueryable<Article> stories, string text)
    {
        var pattern = $"%{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
        // Text with no words ("%", "—") is looked for in headlines only.
        var byWords = search.StoriesWithWords(text) ?? db.Articles.Where(_ => false).Select(a => a.Id);
        // PostgreSQL's LIKE minds case, and ILIKE is its case-blind one, which pg_trgm's index answers. Asked as a set of
        // stories, so that PostgreSQL may join what both indexes found rather than test each story of the list.
        if (db.Database.IsNpgsql())
        {
            var found = db.Articles.Where(a => EF.Functions.ILike(a.Headline, pattern, "\\")).Select(a => a.Id).Union(byWords);
            return stories.Where(a => found.Contains(a.Id));
        }

        // SQLite's LIKE ignores case from A to Z, and as its own code it reads every headline of an index quickly.
        if (Ascii.IsValid(pattern))
        {
            return stories.Where(a => EF.Functions.Like(a.Headline, pattern, "\\") || byWords.Contains(a.Id));
        }

        // Other letters would be lower-cased by the app in every headline: the trigram index, which folds case in every
        // script, finds text of three characters or more (counted as it counts them), quoted as one phrase so that
        // nothing in it reads as a query's syntax. The list is still read in its order off an index, each story
        // tested against what was found.
        if (text.EnumerateRunes().Count() >= 3)
        {
            var phrase = $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            var inHeadlines = db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM HeadlineTrigrams WHERE HeadlineTrigrams MATCH {phrase}""");
            return stories.Where(a => inHeadlines.Contains(a.Id) || byWords.Contains(a.Id));
        }

        // Shorter text is lower-cased on both sides and compared with every headline.
        var lowered = SqliteText.Lower(pattern)!;
        return stories.Where(a => EF.Functions.Like(SqliteText.Lower(a.Headline), lowered, "\\") || byWords.Contains(a.Id));
    }

    private static IOrderedQueryable<Article> ByLastChange(IQueryable<Article> stories) =>
        stories.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id);

    /// <summary>
    /// Stories with a publish time, newest first, then those without one (never published), newest first. Read as two
    /// ranges of one index rather than one ORDER BY: SQLite puts missing times last in a descending order and
    /// PostgreSQL first, and EF Core cannot say which.
    /// </summary>
    private async Task<List<StoryListRow>> PageByPublishTimeAsync(IQueryable<Article> stories, int skip, CancellationToken cancellationToken)
    {
        var dated = stories.Where(a => a.PublishedAt != null);
        var datedCount = await dated.CountAsync(cancellationToken);
        var rows = skip < datedCount
            ? await PageOfAsync(dated.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id), skip, PageSize, cancellationToken)
            : [];
        if (rows.Count < PageSize)
        {
            var undated = stories.Where(a => a.PublishedAt == null).OrderByDescending(a => a.Id);
            rows.AddRange(await PageOfAsync(undated, Math.Max(0, skip - datedCount), PageSize - rows.Count, cancellationToken));
        }

        return rows;
    }

    private Task<List<StoryListRow>> PageOfAsync(IOrderedQueryable<Article> stories, int skip, int take, CancellationToken cancellationToken) =>
        stories.Skip(skip).Take(take)
            .Select(a => new StoryListRow(a.Id, a.Headline, a.Slug, a.Status, a.PublishedAt, a.PublishedAtIsEstimate, a.UpdatedAt, a.AuthorId,
                db.Users.Where(u => u.Id == a.AuthorId).Select(u => u.Email).FirstOrDefault(), a.SentBack))
            .ToListAsync(cancellationToken);

    private sealed record StoryListRow(int Id, string Headline, string Slug, ArticleStatus Status, DateTime? PublishedAt, bool PublishedAtIsEstimate, DateTime UpdatedAt, string? AuthorId, string? Author, bool SentBack);

    /// <summary>The story as the editor form shows it, with its version for conflict checks.</summary>
    public async Task<(ArticleDraft Draft, Guid Version, StoryState State, DateTime? PublishedAt, bool SlugIsFixed, IReadOnlyList<ArticleNotice> Notices)?> GetForEditingAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.TagLinks).ThenInclude(l => l.Tag).Include(a => a.Notices)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }

        return (ArticleDraft.From(article), article.Version, StateOf(article.Status, article.PublishedAt, clock.UtcNow),
            article.PublishedAt, article.FirstPublishedAt is not null, article.Notices.OrderBy(n => n.At).ToList());
    }

    public Task<string?> AuthorIdOfAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.Where(a => a.Id == id).Select(a => a.AuthorId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The story's newest revision; for a deleted story, whose revisions went with it, the deletion as the audit log
    /// recorded it. Null for a story that never was.
    /// </summary>
    public async Task<StoryChange?> LastChangeAsync(int id, CancellationToken cancellationToken)
    {
        var revision = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderByDescending(r => r.Number)
            .Select(r => new StoryChange(r.Change, r.SavedBy, r.At)).FirstOrDefaultAsync(cancellationToken);
        var subject = ArticleEditor.SubjectPrefix(id);
        return revision ?? await db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditActions.Delete && e.Subject != null && e.Subject.StartsWith(subject))
            .OrderByDescending(e => e.Id).Select(e => new StoryChange("deleted", e.Actor, e.At)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The editor's note on a draft sent back to its author, until the author sends it for review again; else null. The
    /// story's newest review-round revision says where its round stands.
    /// </summary>
    public async Task<SentBackNote?> SentBackNoteAsync(int id, CancellationToken cancellationToken) =>
        ReviewRound.NoteOf(await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == id && (r.Change == ReviewRound.SentForReview || r.Change.StartsWith(ReviewRound.SentBackPrefix)))
            .OrderByDescending(r => r.Number)
            .Select(r => new StoryRevisionRow(r.Number, r.At, r.SavedBy, r.Change, r.State, r.ScheduledFor))
            .FirstOrDefaultAsync(cancellationToken));

    public async Task<IReadOnlyList<StoryRevisionRow>> RevisionsAsync(int id, CancellationToken cancellationToken) =>
        await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderByDescending(r => r.Number)
            .Select(r => new StoryRevisionRow(r.Number, r.At, r.SavedBy, r.Change, r.State, r.ScheduledFor)).ToListAsync(cancellationToken);

    public async Task<ArticleDraft?> RevisionAsync(int id, int number, CancellationToken cancellationToken)
    {
        var snapshot = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id && r.Number == number)
            .Select(r => r.Snapshot).FirstOrDefaultAsync(cancellationToken);
        return snapshot is null ? null : ArticleDraft.FromJson(snapshot);
    }

    public static StoryState StateOf(ArticleStatus status, DateTime? publishedAt, DateTime now) => status switch
    {
        ArticleStatus.Published when publishedAt > now => StoryState.Scheduled,
        ArticleStatus.Published => StoryState.Published,
        ArticleStatus.InReview => StoryState.InReview,
        ArticleStatus.Unpublished => StoryState.Unpublished,
        _ => StoryState.Draft,
    };
}
