namespace NewsPortal.Web.Articles;

/// <summary>A saved state of a story: who saved it, when, why, and everything the editor form holds.</summary>
public class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;

    /// <summary>1 for the first save of a story, then counting up.</summary>
    public int Number { get; set; }
    public DateTime At { get; set; }
    public required string SavedBy { get; set; }

    /// <summary>What the save did, in words: "saved draft", "published", "restored revision 3"…</summary>
    public required string Change { get; set; }
    public ArticleStatus Status { get; set; }

    /// <summary>The editor's content as JSON (<see cref="ArticleDraft"/>), so any revision can be shown, compared and restored.</summary>
    public required string Snapshot { get; set; }
}

/// <summary>Who saved a revision, and when (UTC).</summary>
public sealed record ArticleRevisionSummary(string SavedBy, DateTime At);
