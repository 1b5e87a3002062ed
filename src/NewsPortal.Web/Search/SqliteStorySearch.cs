using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Search;

/// <summary>
/// Search on SQLite's FTS5 index (ArticleSearch, kept in step with Articles by triggers). Stories whose headline
/// holds a searched word come first, newest first, then the stories that hold them in the body only, newest first;
/// only stories readers may see are found. Pages are read from a cursor
/// (rank, time, id), and the marked headline and passage are made for the page's stories only.
/// The joins are CROSS JOINs because SQLite then keeps the order as written: the index finds its matches once and
/// each story is looked up by id. Left to choose, it walks every published story and runs the match once per story.
/// Whether a found story may be shown is read from IX_Articles_SearchVisible (id, status, time), many stories to a
/// page, instead of from each story's row, a page per story; only the page of results is read from the table.
/// </summary>
public sealed class SqliteStorySearch(NewsPortalDbContext db, NewsroomClock clock, IOptions<NewsroomOptions> options) : IStorySearch
{
    private const string Published = nameof(ArticleStatus.Published);

    /// <summary>
    /// How many of the newest matching stories are ranked. Ranking every match of common words on a large archive
    /// takes seconds; readers want the best of the recent matches, and the count
    /// still tells them how many stories match in all.
    /// </summary>
    internal const int RankedWindow = 2000;

    public async Task<SearchResults> SearchAsync(string query, ListPosition<SearchCursor> position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (FtsQuery.From(query) is not { } match)
        {
            return SearchResults.Refused(query, "Type a word to search for.");
        }

        var now = clock.UtcNow;
        var (pageSize, countLimit) = (options.Value.PageSize, options.Value.CountLimit);
        var headlineMatch = $"{{Headline}} : ({FtsQuery.AnyOf(query)})";
        var read = await RankedAsync(match, headlineMatch, now, position, pageSize + 1, cancellationToken);
        var found = read.Count > 0 && read[0].CountFromWindow(countLimit) is { } counted
            ? counted
            : await CountAsync(match, now, countLimit, cancellationToken);
        var ranked = read.Select(row => row.Ranked).ToList();
        var marked = await MarkedAsync(match, ranked.Take(pageSize).Select(r => r.Id).ToList(), cancellationToken);
        return SearchRows.ToResults(query, found, countLimit, ranked, marked, pageSize, position);
    }

    public IQueryable<int>? StoriesWithWords(string text) =>
        FtsQuery.From(text) is { } match
            ? db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM ArticleSearch WHERE ArticleSearch MATCH {match}""")
            : null;

    // Counted over the whole index, for when the ranked window cannot tell: a page past the end, or a full window
    // holding no more stories readers may see than the count limit.
    private Task<int> CountAsync(string match, DateTime now, int countLimit, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM (
                SELECT 1 FROM ArticleSearch
                CROSS JOIN Articles a INDEXED BY IX_Articles_SearchVisible ON a.Id = ArticleSearch.rowid
                WHERE ArticleSearch MATCH {match} AND a.Status = {Published} AND a.PublishedAt <= {now}
                LIMIT {countLimit + 1})
            """).SingleAsync(cancellationToken);

    // Going to later results: worse rank first, then older; going back: the reverse, read nearest first.
    // A story's rank is 0 when a searched word is in its headline, else 1: read as the headline matches among the
    // window's stories, which costs a third of scoring each story of the window (bm25 with the body weighed 0).
    // "visible" is the window's stories readers may see, ranked; every row also carries the window's counts.
    private Task<List<WindowRow>> RankedAsync(string match, string headlineMatch, DateTime now, ListPosition<SearchCursor> position, int count, CancellationToken cancellationToken)
    {
        if (position.NewerThan is { } back)
        {
            var (rank, at, id) = (back.Rank, back.Story.PublishedAt, back.Story.Id);
            return db.Database.SqlQuery<WindowRow>($"""
                WITH newest AS MATERIALIZED (SELECT rowid AS Id FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY rowid DESC LIMIT {RankedWindow}),
                  inHeadline AS (SELECT rowid AS Id FROM ArticleSearch WHERE ArticleSearch MATCH {headlineMatch} AND rowid >= (SELECT min(Id) FROM newest)),
                  visible AS MATERIALIZED (
                    SELECT newest.Id, CASE WHEN newest.Id IN inHeadline THEN 0.0 ELSE 1.0 END AS Rank, v.PublishedAt
                    FROM newest
                    CROSS JOIN Articles v INDEXED BY IX_Articles_SearchVisible ON v.Id = newest.Id
                    WHERE v.Status = {Published} AND v.PublishedAt <= {now})
                SELECT a.Id, a.Slug, a.Headline, a.PublishedAt, a.PublishedAtIsEstimate, page.Rank,
                       (SELECT count(*) FROM newest) AS Matched, (SELECT count(*) FROM visible) AS Visible
                FROM (
                    SELECT Id, Rank, PublishedAt FROM visible
                    WHERE Rank < {rank} OR (Rank = {rank} AND (PublishedAt > {at} OR (PublishedAt = {at} AND Id > {id})))
                    ORDER BY Rank DESC, PublishedAt, Id
                    LIMIT {count}) page
                CROSS JOIN Articles a ON a.Id = page.Id
                ORDER BY page.Rank DESC, page.PublishedAt, page.Id
                """).ToListAsync(cancellationToken);
        }

        var top = position.OlderThan is null;
        var cursor = position.OlderThan ?? default;
        var (afterRank, afterAt, afterId) = (cursor.Rank, cursor.Story.PublishedAt, cursor.Story.Id);
        return db.Database.SqlQuery<WindowRow>($"""
            WITH newest AS MATERIALIZED (SELECT rowid AS Id FROM ArticleSearch WHERE ArticleSearch MATCH {match} ORDER BY rowid DESC LIMIT {RankedWindow}),
              inHeadline AS (SELECT rowid AS Id FROM ArticleSearch WHERE ArticleSearch MATCH {headlineMatch} AND rowid >= (SELECT min(Id) FROM newest)),
              visible AS MATERIALIZED (
                SELECT newest.Id, CASE WHEN newest.Id IN inHeadline THEN 0.0 ELSE 1.0 END AS Rank, v.PublishedAt
                FROM newest
                CROSS JOIN Articles v INDEXED BY IX_Articles_SearchVisible ON v.Id = newest.Id
                WHERE v.Status = {Published} AND v.PublishedAt <= {now})
            SELECT a.Id, a.Slug, a.Headline, a.PublishedAt, a.PublishedAtIsEstimate, page.Rank,
                   (SELECT count(*) FROM newest) AS Matched, (SELECT count(*) FROM visible) AS Visible
            FROM (
                SELECT Id, Rank, PublishedAt FROM visible
                WHERE {top} OR Rank > {afterRank} OR (Rank = {afterRank} AND (PublishedAt < {afterAt} OR (PublishedAt = {afterAt} AND Id < {afterId})))
                ORDER BY Rank, PublishedAt DESC, Id DESC
                LIMIT {count}) page
            CROSS JOIN Articles a ON a.Id = page.Id
            ORDER BY page.Rank, page.PublishedAt DESC, page.Id DESC
            """).ToListAsync(cancellationToken);
    }

    // "+rowid": the ids filter the matches as they stream by. A plain rowid IN hands each id to the full-text index,
    // which then runs the whole match again for every story on the page (a prefix word made that 100 ms a page).
    // The range lets the index skip the matches outside the page's ids.
    private async Task<Dictionary<int, MarkedRow>> MarkedAsync(string match, List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var (first, last, idList) = (ids.Min(), ids.Max(), JsonSerializer.Serialize(ids));
        var rows = await db.Database.SqlQuery<MarkedRow>($"""
            SELECT rowid AS Id,
                   highlight(ArticleSearch, 0, {HighlightedText.Start}, {HighlightedText.End}) AS MarkedHeadline,
                   highlight(ArticleSearch, 1, {HighlightedText.Start}, {HighlightedText.End}) AS MarkedBody
            FROM ArticleSearch
            WHERE ArticleSearch MATCH {match} AND rowid BETWEEN {first} AND {last} AND +rowid IN (SELECT value FROM json_each({idList}))
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Id);
    }

    /// <summary>
    /// A ranked row with the window's counts: how many stories matched in it, and how many of those readers may see.
    /// </summary>
    private sealed record WindowRow(
        int Id, string Slug, string Headline, DateTime PublishedAt, bool PublishedAtIsEstimate, double Rank, int Matched, int Visible)
    {
        public RankedRow Ranked => new(Id, Slug, Headline, PublishedAt, PublishedAtIsEstimate, Rank);

        /// <summary>
        /// The count of the stories found, when the window tells it: it holds every match, or more visible ones than
        /// the count shows. Saves the search a second run of the match over the index.
        /// </summary>
        public int? CountFromWindow(int countLimit) => Matched < RankedWindow || Visible > countLimit ? Visible : null;
    }
}
