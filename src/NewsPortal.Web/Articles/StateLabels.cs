namespace NewsPortal.Web.Articles;

public static class StateLabels
{
    public static string Of(StoryState state) => state switch
    {
        StoryState.SentBack => "Sent back",
        StoryState.InReview => "In review",
        _ => state.ToString(),
    };

    /// <summary>
    /// A revision's state; one saved before revisions kept it is, by then, only known to be published or scheduled
    /// (see <see cref="ArticleRevision.State"/>), and says no more than that.
    /// </summary>
    public static string Of(StoryState? state) => state is { } known ? Of(known) : "Published or scheduled";
}
