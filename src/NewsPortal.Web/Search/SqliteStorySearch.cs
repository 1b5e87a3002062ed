using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Search;

/// <summary>
/// Search on SQLite's FTS5 index (ArticleSearch, kept in step with Articles by triggers). Ranked by BM25 with a
/// headline match worth ten body matches; only stories readers may see are found.
/// The joins are CROSS JOINs because SQLite then keeps the order as written: the search finds its matches once and
/// looks each story up. Left to choose, it walked every published story and ran the search once per story, which
/// took minutes on a store of 100,000 stories.
/// </summary>
public sealed class SqliteStorySearch(NewsPortalDbContext db, NewsroomClock clock, IOptions<NewsroomOptions> options) : IStorySearch
{
    private const string Published = nameof(ArticleStatus.Published);

    public async Task<SearchResults?> SearchAsync(string query, int pageNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (FtsQuery.From(query) is not { } match)
        {
            return SearchResults.Refused(query, "Type a word to search for.");
        }

        var now = clock.UtcNow;
        var pageSize = options.Value.PageSize;
        var total = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM ArticleSearch
            CROSS JOIN Articles a ON a.Id = ArticleSearch.rowid
            WHERE ArticleSearch MATCH {match} AND a.Status = {Published} AND a.PublishedAt <= {now}
            """).SingleAsync(cancellationToken);
        var paged = new Paged<SearchHit>([], pageNumber, pageSize, total);
        if (pageNumber > paged.TotalPages)
        {
            return null;
        }

        var offset = (pageNumber - 1) * pageSize;
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT a.Id, a.Slug, a.Headline, a.PublishedAt, a.PublishedAtIsEstimate,
                   highlight(ArticleSearch, 0, {HighlightedText.Start}, {HighlightedText.End}) AS MarkedHeadline,
                   snippet(ArticleSearch, 1, {HighlightedText.Start}, {HighlightedText.End}, '…', 24) AS MarkedSnippet
            FROM ArticleSearch
            CROSS JOIN Articles a ON a.Id = ArticleSearch.rowid
            WHERE ArticleSearch MATCH {match} AND a.Status = {Published} AND a.PublishedAt <= {now}
            ORDER BY bm25(ArticleSearch, 10.0, 1.0), a.PublishedAt DESC, a.Id DESC
            LIMIT {pageSize} OFFSET {offset}
            """).ToListAsync(cancellationToken);

        var hits = rows.Select(row => new SearchHit(
            row.Id, row.Slug, row.Headline,
            row.PublishedAtIsEstimate ? null : DateTime.SpecifyKind(row.PublishedAt, DateTimeKind.Utc),
            HighlightedText.FromMarked(row.MarkedHeadline),
            HighlightedText.FromMarked(row.MarkedSnippet))).ToList();
        return new SearchResults(query, paged with { Items = hits }, null);
    }

    private sealed record Row(int Id, string Slug, string Headline, DateTime PublishedAt, bool PublishedAtIsEstimate, string MarkedHeadline, string MarkedSnippet);
}
