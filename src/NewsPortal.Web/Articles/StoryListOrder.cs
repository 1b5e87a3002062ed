namespace NewsPortal.Web.Articles;

/// <summary>
/// The orders of the newsroom's story list, each read off an index (see ArticleConfiguration): newest change first
/// (the default), newest publish time first, or headline A–Z.
/// </summary>
public enum StoryListOrder
{
    LastChange,
    PublishTime,
    Headline,
}

public static class StoryListOrders
{
    /// <summary>The value of the list's ?sort for each order; the default has none.</summary>
    public static string? QueryValue(this StoryListOrder order) => order switch
    {
        StoryListOrder.PublishTime => "published",
        StoryListOrder.Headline => "headline",
        _ => null,
    };

    /// <summary>The order a ?sort names; anything else (an old link, a typo) is the default order, not an error page.</summary>
    public static StoryListOrder Parse(string? value) =>
        Enum.GetValues<StoryListOrder>().FirstOrDefault(order => string.Equals(order.QueryValue(), value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
