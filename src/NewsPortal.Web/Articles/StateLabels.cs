namespace NewsPortal.Web.Articles;

public static class StateLabels
{
    public static string Of(StoryState state) => state switch
    {
        StoryState.InReview => "In review",
        _ => state.ToString(),
    };

    public static string Of(ArticleStatus status) => status switch
    {
        ArticleStatus.InReview => "In review",
        _ => status.ToString(),
    };
}
