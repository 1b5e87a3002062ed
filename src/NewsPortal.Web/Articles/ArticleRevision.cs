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

    /// <summary>
    /// Where the story stood once this revision was saved: unlike <see cref="Status"/>, it tells a scheduled story
    /// from a live one. Null only for a published revision saved before revisions kept it, where which of the two it
    /// was cannot be known.
    /// </summary>
    public StoryState? State { get; set; }

    /// <summary>UTC. For a scheduled revision, the time the story was to go live; null where an older revision did not keep it.</summary>
    public DateTime? ScheduledFor { get; set; }

    /// <summary>The editor's content as JSON (<see cref="ArticleDraft"/>), so any revision can be shown, compared and restored.</summary>
    public required string Snapshot { get; set; }

    /// <summary>The story as it stands at <paramref name="at"/>, as the revision numbered <paramref name="number"/>.</summary>
    public static ArticleRevision Of(Article article, int number, DateTime at, string savedBy, string change)
    {
        ArgumentNullException.ThrowIfNull(article);
        var state = NewsroomQueries.StateOf(article.Status, article.PublishedAt, at);
        return new ArticleRevision
        {
            // Linked by navigation: a new story gets its id only when both are saved.
            Article = article,
            Number = number,
            At = at,
            SavedBy = savedBy,
            Change = change,
            Status = article.Status,
            State = state,
            ScheduledFor = state == StoryState.Scheduled ? article.PublishedAt : null,
            Snapshot = ArticleDraft.From(article).ToJson(),
        };
    }
}

/// <summary>Who saved a revision, and when (UTC).</summary>
public sealed record ArticleRevisionSummary(string SavedBy, DateTime At);
