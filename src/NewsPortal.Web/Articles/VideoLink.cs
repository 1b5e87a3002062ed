using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace NewsPortal.Web.Articles;

public enum VideoSite
{
    YouTube,
    Vimeo,
}

/// <summary>
/// A YouTube or Vimeo video an editor linked to, and the addresses the site plays and links it by. Only the video's
/// id (and a start time, or an unlisted Vimeo video's key) is taken from the editor's link: the addresses are the
/// site's own, always https.
/// </summary>
public sealed partial record VideoLink(VideoSite Site, string Id, int StartSeconds, string? UnlistedKey = null)
{
    // Longer starts are not a video's minute but a typo, and would not fit the embed address the sanitiser accepts.
    private const int MaxStartSeconds = 999_999;

    private static readonly HashSet<string> YouTubeHosts = ["youtube.com", "www.youtube.com", "m.youtube.com"];
    private static readonly HashSet<string> VimeoHosts = ["vimeo.com", "www.vimeo.com"];

    public string SiteName => Site == VideoSite.YouTube ? "YouTube" : "Vimeo";

    /// <summary>The player's address: YouTube's without tracking cookies, Vimeo's asked not to track.</summary>
    public string EmbedUrl => Site == VideoSite.YouTube
        ? "https://www.youtube-nocookie.com/embed/" + Id + (StartSeconds > 0 ? "?start=" + Seconds : "")
        : "https://player.vimeo.com/video/" + Id + (UnlistedKey is null ? "?dnt=1" : "?h=" + UnlistedKey + "&dnt=1");

    /// <summary>The video's page on its own site, for readers whose browser shows no frames (feeds, print).</summary>
    public string PageUrl => Site == VideoSite.YouTube
        ? "https://www.youtube.com/watch?v=" + Id + (StartSeconds > 0 ? "&t=" + Seconds + "s" : "")
        : "https://vimeo.com/" + Id + (UnlistedKey is null ? "" : "/" + UnlistedKey);

    private string Seconds => StartSeconds.ToString(CultureInfo.InvariantCulture);

    /// <summary>The video a link points at, or null when it is not one the site embeds.</summary>
    public static VideoLink? From(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http")
            || uri.UserInfo.Length > 0
            || !uri.IsDefaultPort)
        {
            return null;
        }

        var path = uri.AbsolutePath.Split('/')[1..];
        var query = QueryHelpers.ParseQuery(uri.Query);
        return (uri.Host, path) switch
        {
            (var host, ["watch"]) when YouTubeHosts.Contains(host) && query.GetValueOrDefault("v") is [var id] => YouTube(id, query),
            (var host, ["shorts" or "embed" or "live", var id]) when YouTubeHosts.Contains(host) => YouTube(id, query),
            ("youtu.be", [var id]) => YouTube(id, query),
            (var host, [var id]) when VimeoHosts.Contains(host) => Vimeo(id, null),
            // An unlisted video's address carries the key that lets it be watched.
            (var host, [var id, var key]) when VimeoHosts.Contains(host) => Vimeo(id, key),
            ("player.vimeo.com", ["video", var id]) => Vimeo(id, query.GetValueOrDefault("h") is [var key] ? key : null),
            _ => null,
        };
    }

    /// <summary>Whether an iframe's src is a player address exactly as <see cref="EmbedUrl"/> writes it.</summary>
    public static bool IsEmbedUrl(string? src) => src is not null && EmbedAddress().IsMatch(src);

    private static VideoLink? YouTube(string? id, Dictionary<string, StringValues> query) =>
        id is not null && YouTubeId().IsMatch(id) ? new VideoLink(VideoSite.YouTube, id, StartOf(query)) : null;

    private static VideoLink? Vimeo(string id, string? key) =>
        VimeoId().IsMatch(id) && (key is null || VimeoKey().IsMatch(key)) ? new VideoLink(VideoSite.Vimeo, id, 0, key) : null;

    /// <summary>A start time as YouTube's links write it (t=90, t=90s, t=1m30s, start=90); 0 when there is none or it is unreadable.</summary>
    private static int StartOf(Dictionary<string, StringValues> query)
    {
        var written = query.TryGetValue("t", out var t) ? t : query.TryGetValue("start", out var start) ? start : default;
        if (written is not [{ } value] || StartTime().Match(value) is not { Success: true } time)
        {
            return 0;
        }

        var seconds = (Part(time, "h") * 60 + Part(time, "m")) * 60 + Part(time, "s");
        return seconds <= MaxStartSeconds ? (int)seconds : 0;
    }

    private static long Part(Match time, string unit) =>
        time.Groups[unit].Success ? long.Parse(time.Groups[unit].ValueSpan, CultureInfo.InvariantCulture) : 0;

    // Character classes are spelt out and the end is \z: \d takes any script's digits and $ allows a final newline.
    [GeneratedRegex(@"\A[A-Za-z0-9_-]{11}\z", RegexOptions.CultureInvariant)]
    private static partial Regex YouTubeId();

    [GeneratedRegex(@"\A[0-9]{1,12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex VimeoId();

    [GeneratedRegex(@"\A[0-9a-f]{6,20}\z", RegexOptions.CultureInvariant)]
    private static partial Regex VimeoKey();

    [GeneratedRegex(@"\A(?:(?<h>[0-9]{1,3})h)?(?:(?<m>[0-9]{1,4})m)?(?:(?<s>[0-9]{1,6})s?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex StartTime();

    [GeneratedRegex(
        @"\A(?:https://www\.youtube-nocookie\.com/embed/[A-Za-z0-9_-]{11}(?:\?start=[1-9][0-9]{0,5})?|https://player\.vimeo\.com/video/[0-9]{1,12}\?(?:h=[0-9a-f]{6,20}&)?dnt=1)\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex EmbedAddress();
}
