using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Articles;

/// <summary>
/// Where a story stands. A published story whose time is still ahead is "scheduled": it goes live at that
/// time by the readers' own queries, with no job to run.
/// </summary>
public enum ArticleStatus
{
    Draft,
    InReview,
    Published,
    Unpublished,
}

/// <summary>A story as the newsroom stores it. A brief is a story with a headline and no body yet.</summary>
public class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Headline { get; set; }

    /// <summary>The headline's place in A–Z order (see <see cref="HeadlineOrder"/>); set by the store on every save of a new headline.</summary>
    public byte[]? HeadlineSortKey { get; set; }

    /// <summary>The <see cref="HeadlineOrder.Version"/> that made <see cref="HeadlineSortKey"/>; null for a story not yet keyed.</summary>
    public string? HeadlineSortKeyVersion { get; set; }
    public string? Section { get; set; }

    /// <summary>Who wrote the story, as readers see it ("Olena Kovalenko, Kyiv"); a wire story may have none.</summary>
    public string? Byline { get; set; }

    /// <summary>The body as written; <see cref="BodyHtml"/> is rendered from it once, when it is saved.</summary>
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";

    /// <summary>The first paragraph as plain text: the teaser on lists and the page's meta description.</summary>
    public string Summary { get; set; } = "";
    public int ReadingTimeMinutes { get; set; }

    public ArticleStatus Status { get; set; }

    /// <summary>UTC. Always set on published stories, because every list is ordered by it.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>
    /// True when the wire copy gave no time for the story (LATEST and HOT NEWS items): the stored time is
    /// only a lower bound used to keep the listed order, so it is never shown to readers.
    /// </summary>
    public bool PublishedAtIsEstimate { get; set; }

    public bool IsHot { get; set; }

    /// <summary>
    /// Scheduled and not yet recorded as gone live. Readers see the story by the clock alone; this flag is what
    /// <see cref="ScheduledPublishing"/> claims, once across every instance, to record the moment it went live.
    /// </summary>
    public bool GoLivePending { get; set; }

    /// <summary>When the story first went live; from then on its slug no longer changes.</summary>
    public DateTime? FirstPublishedAt { get; set; }

    /// <summary>The newsroom user who wrote the story: whoever created it, kept through every later edit.</summary>
    public string? AuthorId { get; set; }

    /// <summary>
    /// A draft an editor sent back to its author (see <see cref="ReviewRound"/>), until it leaves the drafts: sent for
    /// review again, or published by an editor. Kept on the story, beside the revision that holds the note, so that the
    /// list's "sent back" filter reads the few such drafts off an index of their own rather than every story's revisions.
    /// </summary>
    public bool SentBack { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Changes on every save; an edit made from an older version is a conflict, not an overwrite.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ArticleNotice> Notices { get; set; } = [];

    public Photo Photo { get; set; } = new();

    /// <summary>The story's tags in the order the newsroom gave them; the first is its main subject.</summary>
    public List<ArticleTag> TagLinks { get; set; } = [];

    public bool IsBrief => BodyMarkdown.Length == 0;

    public void AddTag(Tag tag)
    {
        if (!TagLinks.Any(link => link.Tag == tag || (tag.Id != 0 && link.TagId == tag.Id)))
        {
            TagLinks.Add(new ArticleTag { Tag = tag, Position = TagLinks.Count });
        }
    }

    /// <summary>Sets the body and everything derived from it, so the page never renders Markdown.</summary>
    public void SetBody(string markdown, BodyRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var rendered = renderer.Render(markdown);
        BodyMarkdown = markdown;
        BodyHtml = rendered.Html;
        Summary = rendered.Summary;
        ReadingTimeMinutes = rendered.ReadingTimeMinutes;
    }
}

/// <summary>A tag on a story, at its place in the story's list of tags.</summary>
public class ArticleTag
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
    public int Position { get; set; }

    /// <summary>
    /// The story's publish time while it is published, else null: a copy kept by the store on every save, so a
    /// tag's page is one index range (tag, time) instead of a sort of every story the tag ever had.
    /// </summary>
    public DateTime? ListedAt { get; set; }
}

/// <summary>A dated public notice on a published story: a correction or an update.</summary>
public class ArticleNotice
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public NoticeKind Kind { get; set; }
    public required string Text { get; set; }
    public DateTime At { get; set; }
    public required string AddedBy { get; set; }
}

public enum NoticeKind
{
    Correction,
    Update,
}

/// <summary>The story's picture and its credit; any part may be missing in wire copy.</summary>
public class Photo
{
    /// <summary>Path or URL of the image itself; wire copy carries only the caption and credit.</summary>
    public string? ImageUrl { get; set; }
    public string? Caption { get; set; }
    public string? AltText { get; set; }
    public string? CreditText { get; set; }
    public string? CreditUrl { get; set; }

    public bool IsEmpty =>
        ImageUrl is null && Caption is null && CreditText is null && CreditUrl is null;
}
