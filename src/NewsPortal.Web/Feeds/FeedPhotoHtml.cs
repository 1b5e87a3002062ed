using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Feeds;

/// <summary>
/// A story's photo at the top of its feed item, as a figure with its caption and credit, as the story's page shows
/// it: feed readers take the item's first picture for its thumbnail, and a story without its photo reads bare there.
/// </summary>
internal static class FeedPhotoHtml
{
    // Letters of every script as themselves, as the site's pages write them; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Of(FeedPhoto? photo, SiteAddress site, HttpRequest request)
    {
        if (photo is null)
        {
            return "";
        }

        // A stored photo's address is the site's own path; a feed is read elsewhere, so it goes out whole.
        var source = site.Whole(request, photo.Url);
        var html = $"""<figure><img src="{Encoder.Encode(source)}" alt="{Encoder.Encode(photo.AltText ?? photo.Caption ?? "")}">""";
        var caption = string.Join(" ", new[] { Caption(photo), Credit(photo) }.Where(part => part.Length > 0));
        return html + (caption.Length > 0 ? $"<figcaption>{caption}</figcaption>" : "") + "</figure>";
    }

    private static string Caption(FeedPhoto photo) => string.IsNullOrWhiteSpace(photo.Caption) ? "" : Encoder.Encode(photo.Caption);

    private static string Credit(FeedPhoto photo) =>
        string.IsNullOrWhiteSpace(photo.CreditText) ? ""
        : photo.CreditUrl is { } link ? $"""Photo: <a href="{Encoder.Encode(link)}" rel="nofollow noopener noreferrer">{Encoder.Encode(photo.CreditText)}</a>"""
        : $"Photo: {Encoder.Encode(photo.CreditText)}";
}
