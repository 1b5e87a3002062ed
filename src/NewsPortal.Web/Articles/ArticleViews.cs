using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Articles;

/// <summary>
/// A story in a list. <see cref="ShownTime"/> is null when the wire gave no time for it; <see cref="ListedAt"/> is
/// the time the list is ordered by, shown or not.
/// </summary>
public sealed record StoryLink(int Id, string Slug, string Headline, DateTime? ShownTime, DateTime ListedAt)
{
    /// <summary>
    /// A story as a list query reads it: its time once, shown unless the wire gave none. (Chosen in SQL, the time came
    /// as two columns, each parsed from SQLite's text on every row of every list.)
    /// </summary>
    public static StoryLink Listed(int id, string slug, string headline, bool timeIsEstimate, DateTime listedAt) =>
        new(id, slug, headline, timeIsEstimate ? null : listedAt, listedAt);
}

/// <summary>Everything the article page shows of the story itself.</summary>
public sealed record ArticleView(
    int Id,
    string Slug,
    string Headline,
    string? Section,
    string? Byline,
    string BodyHtml,
    string Summary,
    int ReadingTimeMinutes,
    DateTime? ShownTime,
    DateTime LastChanged,
    Photo Photo,
    IReadOnlyList<TagLink> Tags,
    IReadOnlyList<NoticeView> Notices)
{
    /// <summary>"Updated" is shown when the newsroom has added a public notice since publishing.</summary>
    public DateTime? UpdatedAt => Notices.Count > 0 ? Notices[^1].At : null;
}

public sealed record NoticeView(NoticeKind Kind, string Text, DateTime At);

/// <summary>The article page: the story and the lists under it.</summary>
public sealed record ArticlePage(
    ArticleView Article,
    IReadOnlyList<StoryLink> MoreAbout,
    IReadOnlyList<StoryLink> HotNews,
    IReadOnlyList<StoryLink> Latest);

/// <summary>The front page: the lead story, the newest dated stories, HOT NEWS and LATEST.</summary>
public sealed record FrontPage(
    ArticleView? Lead,
    IReadOnlyList<StoryLink> Newest,
    IReadOnlyList<StoryLink> HotNews,
    IReadOnlyList<StoryLink> Latest)
{
    /// <summary>
    /// The lead shows its first tags, the editor's own order, and its page all of them: thirty would be a wall of tags
    /// between the lead and the newest stories.
    /// </summary>
    public const int LeadTagCount = 5;
}

/// <summary>One page of a paginated list; <see cref="PageNumber"/> counts from 1.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int TotalPages => Math.Max(1, (int)((TotalCount + (long)PageSize - 1) / PageSize));
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < TotalPages;
}

public static class Urls
{
    // Slugs in scripts with no ASCII spelling are percent-encoded, as a Location header and a sitemap require.
    public static string Article(int id, string slug) => $"/articles/{id}/{Uri.EscapeDataString(slug)}";
    public static string Article(StoryLink story) => Article(story.Id, story.Slug);
    public static string Tag(string slug) => $"/tags/{Uri.EscapeDataString(slug)}";
    public static string Section(string name) => $"/sections/{Uri.EscapeDataString(Slug.ForName(name))}";
    public static string EditStory(int id) => $"/admin/stories/{id}/edit";
}
