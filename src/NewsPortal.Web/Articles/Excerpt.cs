namespace NewsPortal.Web.Articles;

public static class Excerpt
{
    /// <summary>Cuts text to at most <paramref name="maxLength"/> characters at a word boundary, marking the cut.</summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        if (cut <= maxLength / 2)
        {
            // Never between the two halves of a surrogate pair (an emoji): half of one is not text.
            cut = char.IsHighSurrogate(text[maxLength - 2]) ? maxLength - 2 : maxLength - 1;
        }

        return text[..cut].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
