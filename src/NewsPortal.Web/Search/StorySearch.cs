using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Search;

/// <summary>
/// A found story: its headline and a passage of its text, with the matched words marked, and its place in the
/// results for the next page's link.
/// </summary>
public sealed record SearchHit(int Id, string Slug, string Headline, DateTime? ShownTime, HighlightedText HeadlineHtml, HighlightedText Snippet, SearchCursor Cursor);

/// <summary>Either a page of results with the number of stories found, or, for a query that cannot be run, why not.</summary>
public sealed record SearchResults(string Query, ListPage<SearchHit>? Hits, CountedStories Found, string? Problem)
{
    public static SearchResults Refused(string query, string problem) => new(query, null, default, problem);
}

/// <summary>Full-text search over published stories; one implementation per database.</summary>
public interface IStorySearch
{
    /// <summary>The page of results at <paramref name="position"/>; an empty page when the position is past the end.</summary>
    Task<SearchResults> SearchAsync(string query, ListPosition<SearchCursor> position, CancellationToken cancellationToken);

    /// <summary>
    /// The ids of the stories, of any status, whose headline or body holds the text's words as <see cref="SearchAsync"/>
    /// matches them, to be composed into another query of the same context; null when the text has no words.
    /// </summary>
    IQueryable<int>? StoriesWithWords(string text);
}
