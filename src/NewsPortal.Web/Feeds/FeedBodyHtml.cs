using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace NewsPortal.Web.Feeds;

/// <summary>
/// A story's body as a feed item carries it: a video's player is left out, since feed readers drop or block frames,
/// and its caption's link to the video's page, with the editor's title, stands in for it. A link or picture the body
/// names by a relative address ("/tags/budget", "#fn:1", "chart.png") names it whole, read against the story's
/// address as its page reads it: feed readers show the item away from the site, most without taking the feed's
/// xml:base, so "#fn:1" would lead to the front page and "/media/chart.png" to nothing.
/// </summary>
internal static partial class FeedBodyHtml
{
    public static string Of(string bodyHtml, string storyAddress)
    {
        // Most bodies have no video and no relative address: they go out as stored, unparsed.
        if (!bodyHtml.Contains("<iframe", StringComparison.Ordinal) && !RelativeAddress().IsMatch(bodyHtml))
        {
            return bodyHtml;
        }

        var body = new HtmlParser().ParseDocument(bodyHtml).Body!;
        foreach (var player in body.QuerySelectorAll(".video__frame, iframe"))
        {
            player.Remove();
        }

        var story = new Uri(storyAddress);
        foreach (var element in body.QuerySelectorAll("[href], [src]"))
        {
            foreach (var name in new[] { "href", "src" })
            {
                if (element.GetAttribute(name) is { } address && !HasScheme().IsMatch(address) && Uri.TryCreate(story, address, out var whole))
                {
                    element.SetAttribute(name, whole.AbsoluteUri);
                }
            }
        }

        return body.InnerHtml;
    }

    // The sanitiser lets through only http, https and mailto addresses, and writes attributes in double quotes.
    [GeneratedRegex("""\b(?:href|src)="(?!https?:|mailto:)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAddress();

    [GeneratedRegex("^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasScheme();
}
