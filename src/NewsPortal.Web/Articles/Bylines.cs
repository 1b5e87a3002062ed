namespace NewsPortal.Web.Articles;

/// <summary>A story's byline as stored and shown: the names only, since every page puts "By" in front of them.</summary>
public static class Bylines
{
    /// <summary>The byline without surrounding space or a leading "By" the editor typed, or null when it is empty.</summary>
    public static string? Normalize(string? typed)
    {
        var byline = TextInput.Line(typed)?.Trim();
        if (byline is not null && byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            byline = byline[3..].TrimStart();
        }

        return TextInput.IsBlank(byline) ? null : byline;
    }
}
