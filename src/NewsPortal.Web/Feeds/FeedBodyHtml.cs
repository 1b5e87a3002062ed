using AngleSharp.Html.Parser;

namespace NewsPortal.Web.Feeds;

/// <summary>
/// A story's body as a feed item carries it: a video's player is left out, since feed readers drop or block frames,
/// and its caption's link to the video's page, with the editor's title, stands in for it. A link within the story
/// (a footnote, and the way back from it) names the story's address: a feed's base is the site, so "#fn:1" alone
/// would lead from a feed reader to the front page.
/// </summary>
internal static class FeedBodyHtml
{
    public static string Of(string bodyHtml, string storyAddress)
    {
        // Most bodies have no video and no footnote: they go out as stored, unparsed.
        if (!bodyHtml.Contains("<iframe", StringComparison.Ordinal) && !bodyHtml.Contains("href=\"#", StringComparison.Ordinal))
        {
            return bodyHtml;
        }

        var body = new HtmlParser().ParseDocument(bodyHtml).Body!;
        foreach (var player in body.QuerySelectorAll(".video__frame, iframe"))
        {
            player.Remove();
        }

        foreach (var link in body.QuerySelectorAll("a[href^='#']"))
        {
            link.SetAttribute("href", storyAddress + link.GetAttribute("href"));
        }

        return body.InnerHtml;
    }
}
