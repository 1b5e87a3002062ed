using AngleSharp.Html.Parser;

namespace NewsPortal.Web.Feeds;

/// <summary>
/// A story's body as a feed item carries it: a video's player is left out, since feed readers drop or block frames,
/// and its caption's link to the video's page, with the editor's title, stands in for it.
/// </summary>
internal static class FeedBodyHtml
{
    public static string Of(string bodyHtml)
    {
        // Most bodies have no video: they go out as stored, unparsed.
        if (!bodyHtml.Contains("<iframe", StringComparison.Ordinal))
        {
            return bodyHtml;
        }

        var body = new HtmlParser().ParseDocument(bodyHtml).Body!;
        foreach (var player in body.QuerySelectorAll(".video__frame, iframe"))
        {
            player.Remove();
        }

        return body.InnerHtml;
    }
}
