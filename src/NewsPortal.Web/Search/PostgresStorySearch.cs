using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Search;

/// <summary>
/// Search on PostgreSQL's full-text search, behaving as <see cref="SqliteStorySearch"/> does: the reader's words, all
/// required, the last also as a prefix when long enough; case and accents ignored; stories with a searched word in the headline first
/// (rank 0), then the others (rank 1), newest first in each; the newest <see cref="SqliteStorySearch.RankedWindow"/>
/// matches ranked. Articles."SearchVector" is a generated column (headline weighted A, body B) with a GIN index, made
/// by the Postgres StorySearch migration with the newsportal_search configuration, which folds accents; a match of
/// any word in weight A alone tells whether the headline matched.
/// </summary>
public sealed class PostgresStorySearch(NewsPortalDbContext db, NewsroomClock clock, IOptions<NewsroomOptions> options) : IStorySearch
{
    private const string Published = nameof(ArticleStatus.Published);

    public async Task<SearchResults> SearchAsync(string query, ListPosition<SearchCursor> position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (TsQuery(query, " & ", weight: "") is not { } match)
        {
            return SearchResults.Refused(query, "Type a word to search for.");
        }

        var now = clock.UtcNow;
        var (pageSize, countLimit) = (options.Value.PageSize, options.Value.CountLimit);
        var found = await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM (
                SELECT 1 FROM "Articles" a
                WHERE a."SearchVector" @@ to_tsquery('newsportal_search', {match})
                  AND a."Status" = {Published} AND a."PublishedAt" <= {now}
                LIMIT {countLimit + 1}) AS matches
            """).SingleAsync(cancellationToken);

        var ranked = await RankedAsync(match, TsQuery(query, " | ", weight: "A")!, now, position, pageSize + 1, cancellationToken);
        var marked = await MarkedAsync(match, ranked.Take(pageSize).Select(r => r.Id).ToArray(), cancellationToken);
        return SearchRows.ToResults(query, found, countLimit, ranked, marked, pageSize, position);
    }

    public IQueryable<int>? StoriesWithWords(string text) =>
        TsQuery(text, " & ", weight: "") is { } match
            ? db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM "Articles" WHERE "SearchVector" @@ to_tsquery('newsportal_search', {match})""")
            : null;

    /// <summary>
    /// The words as a tsquery, each quoted (they hold only letters, digits and marks), the last as a prefix when it is
    /// long enough (<see cref="FtsQuery.MatchesAsPrefix"/>), joined by <paramref name="joiner"/> (&amp; all, | any),
    /// each matched only in text of <paramref name="weight"/> when one is given (A: the headline).
    /// </summary>
    private static string? TsQuery(string text, string joiner, string weight)
    {
        var words = FtsQuery.SearchWords(text);
        var label = weight.Length > 0 ? $":{weight}" : "";
        return words.Count == 0
            ? null
            : string.Join(joiner, words.Select((word, i) => i == words.Count - 1 && FtsQuery.MatchesAsPrefix(word) ? $"'{word}':*{weight}" : $"'{word}'{label}"));
    }

    // Going to later results: worse rank first, then older; going back: the reverse, read nearest first.
    private Task<List<RankedRow>> RankedAsync(
        string match, string headlineMatch, DateTime now, ListPosition<SearchCursor> position, int count, CancellationToken cancellationToken)
    {
        var window = Window(match, headlineMatch, now);
        if (position.NewerThan is { } back)
        {
            var (rank, at, id) = (back.Rank, Utc(back.Story.PublishedAt), back.Story.Id);
            return window
                .Where(r => r.Rank < rank || (r.Rank == rank && (r.PublishedAt > at || (r.PublishedAt == at && r.Id > id))))
                .OrderByDescending(r => r.Rank).ThenBy(r => r.PublishedAt).ThenBy(r => r.Id)
                .Take(count).ToListAsync(cancellationToken);
        }

        if (position.OlderThan is { } after)
        {
            var (rank, at, id) = (after.Rank, Utc(after.Story.PublishedAt), after.Story.Id);
            window = window.Where(r => r.Rank > rank || (r.Rank == rank && (r.PublishedAt < at || (r.PublishedAt == at && r.Id < id))));
        }

        return window.OrderBy(r => r.Rank).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);
    }

    // The newest matching stories readers may see, each with its rank (0: a searched word is in the headline, 1: the
    // words are in the body only). A rank over weight A of the whole query said 0 only when every word was in the
    // headline: PostgreSQL ranks an "all of" query by where its words occur together.
    private IQueryable<RankedRow> Window(string match, string headlineMatch, DateTime now) => db.Database.SqlQuery<RankedRow>($"""
        SELECT a."Id", a."Slug", a."Headline", a."PublishedAt", a."PublishedAtIsEstimate",
               (CASE WHEN a."SearchVector" @@ to_tsquery('newsportal_search', {headlineMatch}) THEN 0.0 ELSE 1.0 END)::float8 AS "Rank"
        FROM "Articles" a
        WHERE a."SearchVector" @@ to_tsquery('newsportal_search', {match})
          AND a."Status" = {Published} AND a."PublishedAt" <= {now}
        ORDER BY a."Id" DESC
        LIMIT {SqliteStorySearch.RankedWindow}
        """);

    // The text is marked as it was indexed (newsportal_search_text, made by the ApostrophesInWords migration), so that
    // the "Umerov" of "Umerovʼs" and the "Kamʼyanets" found by "kamyanets" are marked too; the whole body, which
    // SearchPassage reads as Markdown before it cuts the passage.
    private async Task<Dictionary<int, MarkedRow>> MarkedAsync(string match, int[] ids, CancellationToken cancellationToken)
    {
        var whole = $"HighlightAll=true, StartSel={HighlightedText.Start}, StopSel={HighlightedText.End}";
        var rows = await db.Database.SqlQuery<MarkedRow>($"""
            SELECT a."Id",
                   ts_headline('newsportal_search', newsportal_search_text(a."Headline"), to_tsquery('newsportal_search', {match}), {whole}) AS "MarkedHeadline",
                   ts_headline('newsportal_search', newsportal_search_text(a."BodyMarkdown"), to_tsquery('newsportal_search', {match}), {whole}) AS "MarkedBody"
            FROM "Articles" a
            WHERE a."Id" = ANY({ids})
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Id);
    }

    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
