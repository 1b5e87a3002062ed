using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Search;

/// <summary>A found story: its headline and a passage of its text, with the matched words marked.</summary>
public sealed record SearchHit(int Id, string Slug, string Headline, DateTime? ShownTime, HighlightedText HeadlineHtml, HighlightedText Snippet);

/// <summary>Either a page of results or, for a query that cannot be run, why not.</summary>
public sealed record SearchResults(string Query, Paged<SearchHit>? Hits, string? Problem)
{
    public static SearchResults Refused(string query, string problem) => new(query, null, problem);
}

/// <summary>Full-text search over published stories; one implementation per database.</summary>
public interface IStorySearch
{
    /// <summary>Null when the page is past the end of the results.</summary>
    Task<SearchResults?> SearchAsync(string query, int pageNumber, CancellationToken cancellationToken);
}
