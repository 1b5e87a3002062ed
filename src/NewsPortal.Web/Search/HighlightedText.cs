using System.Net;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Search;

/// <summary>
/// Text from the store with the search's matches marked. The database marks matches with control characters
/// that cannot occur in stories; everything else is HTML-encoded, so only our &lt;mark&gt; elements are markup.
/// </summary>
public sealed record HighlightedText(string Html)
{
    public const string Start = "\u0002";
    public const string End = "\u0003";

    public static HighlightedText FromMarked(string marked) =>
        new(WebUtility.HtmlEncode(marked ?? "").Replace(Start, "<mark>", StringComparison.Ordinal).Replace(End, "</mark>", StringComparison.Ordinal));

    /// <summary>
    /// A marked passage of a Markdown body, as the reader sees that text on the page: without Markdown's escapes,
    /// emphasis marks and link addresses, on one line. Should a mark fall inside what is taken out, the passage is
    /// shown as written rather than with a mark left open.
    /// </summary>
    public static HighlightedText FromMarkedMarkdown(string marked)
    {
        marked ??= "";
        var plain = string.Join(' ', BodyRenderer.PlainText(marked).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return FromMarked(Count(plain, Start) == Count(marked, Start) && Count(plain, End) == Count(marked, End) ? plain : marked);
    }

    private static int Count(string text, string mark) => text.Split(mark).Length - 1;
}
