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
        return (cut > maxLength / 2 ? text[..cut] : text[..(maxLength - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }
}
