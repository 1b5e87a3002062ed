namespace NewsPortal.Web.Articles;

/// <summary>Reading time shown as "N min read", computed from the body rather than typed in.</summary>
public static class ReadingTime
{
    /// <summary>A common figure for adults reading news copy on screen.</summary>
    public const int WordsPerMinute = 200;

    /// <summary>Whole minutes, rounded up; zero only for a story with no body (a brief).</summary>
    public static int Minutes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(word => word.Any(char.IsLetterOrDigit));
        return (words + WordsPerMinute - 1) / WordsPerMinute;
    }
}
