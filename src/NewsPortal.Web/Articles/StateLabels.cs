namespace NewsPortal.Web.Articles;

public static class StateLabels
{
    public static string Of(StoryState state) => state switch
    {
        StoryState.InReview => "In review",
        _ => state.ToString(),
    };
}
