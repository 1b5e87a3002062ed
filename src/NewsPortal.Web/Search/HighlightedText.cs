using System.Net;

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
}
