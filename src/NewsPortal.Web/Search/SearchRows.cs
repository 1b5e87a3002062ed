using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Search;

/// <summary>A found story as both searches read it, with its rank: 0 when its headline matched, else 1.</summary>
internal sealed record RankedRow(int Id, string Slug, string Headline, DateTime PublishedAt, bool PublishedAtIsEstimate, double Rank);

/// <summary>
/// A found story's headline and body with the matched words marked (<see cref="HighlightedText"/>), as the index read
/// them (<see cref="SearchApostrophes"/>).
/// </summary>
internal sealed record MarkedRow(int Id, string MarkedHeadline, string MarkedBody);

internal static class SearchRows
{
    /// <summary>
    /// The page of results from the ranked rows (read one past the page, so the next page's link is known) and the
    /// marked text of the page's stories.
    /// </summary>
    public static SearchResults ToResults(
        string query, int found, int countLimit, IEnumerable<RankedRow> ranked, IReadOnlyDictionary<int, MarkedRow> marked, int pageSize, ListPosition<SearchCursor> position)
    {
        var hits = ranked.Select(row =>
        {
            var publishedAt = DateTime.SpecifyKind(row.PublishedAt, DateTimeKind.Utc);
            var marks = marked.GetValueOrDefault(row.Id);
            return new SearchHit(
                row.Id, row.Slug, row.Headline,
                row.PublishedAtIsEstimate ? null : publishedAt,
                HighlightedText.FromMarked(SearchApostrophes.Restored(marks?.MarkedHeadline ?? row.Headline)),
                SearchPassage.FromMarkedBody(SearchApostrophes.Restored(marks?.MarkedBody ?? "")),
                new SearchCursor(row.Rank, new StoryCursor(publishedAt, row.Id)));
        }).ToList();
        return new SearchResults(query, ListPages.From(hits, pageSize, position, hit => hit.Cursor.ToString()),
            CountedStories.Of(found, countLimit), null);
    }
}
