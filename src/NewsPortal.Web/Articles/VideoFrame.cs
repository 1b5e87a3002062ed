using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsPortal.Web.Articles;

/// <summary>
/// The iframe of a video embed: the attributes <see cref="VideoParagraphRenderer"/> writes, and the sanitiser's test
/// for the only iframes a body may keep.
/// </summary>
public static class VideoFrame
{
    public const string Loading = "lazy";
    public const string Allow = "fullscreen; picture-in-picture; encrypted-media";
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    // Each attribute a player has, with the one value it may take; src and title (null here) are judged apart.
    private static readonly Dictionary<string, string?> Attributes = new(StringComparer.Ordinal)
    {
        ["src"] = null,
        ["title"] = null,
        ["loading"] = Loading,
        ["allow"] = Allow,
        ["referrerpolicy"] = ReferrerPolicy,
    };

    /// <summary>
    /// An iframe with a player address as its src and only the attributes, and values, of a video embed. It must be
    /// empty: an iframe's content is raw text, written back out unescaped.
    /// </summary>
    public static bool IsPlayer(IElement element) =>
        element is IHtmlInlineFrameElement frame
        && !frame.HasChildNodes
        && VideoLink.IsEmbedUrl(frame.GetAttribute("src"))
        && frame.Attributes.Length == Attributes.Count
        && frame.Attributes.All(attribute => Attributes.TryGetValue(attribute.Name, out var only) && (only is null || attribute.Value == only));

    /// <summary>Whether a player (the only iframe left by then) keeps an attribute the sanitiser allows on no other element.</summary>
    public static bool Keeps(IElement element, IAttr attribute) =>
        element is IHtmlInlineFrameElement
        && Attributes.TryGetValue(attribute.Name, out var only)
        && only is not null
        && attribute.Value == only;
}
