using Microsoft.AspNetCore.StaticFiles;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Media;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Feeds;

/// <summary>
/// A story's photo as a feed item names it for readers' thumbnails (Media RSS's media:content, Atom's enclosure link):
/// its absolute address and, when known, its media type and size in pixels; what it shows (the alt text, else the
/// caption) and whose it is. No length in bytes: a copy is made when first asked for, and a feed must not change
/// with it.
/// </summary>
public sealed record FeedPicture(Uri Url, string? MediaType, int? Width, int? Height, string? Description, string? Credit)
{
    /// <summary>Feed readers show a story in a column like the story page's, so they get the copy that page loads there.</summary>
    private const int ColumnWidth = 960;

    private static readonly FileExtensionContentTypeProvider MediaTypes = new();

    public static FeedPicture? Of(FeedPhoto? photo, SiteAddress site, SizedPhotos sized, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(sized);
        if (photo is null)
        {
            return null;
        }

        var copy = sized.AtMost(photo.Url, ColumnWidth);
        var address = copy?.Url ?? photo.Url;
        // A photo's address on this site goes out whole; one elsewhere only as an http(s) address, as the editor takes it.
        if (!Uri.TryCreate(site.Whole(request, address), UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return new FeedPicture(
            url, MediaTypeOf(url), copy?.Width, copy?.Height,
            TextOrNull(photo.AltText) ?? TextOrNull(photo.Caption), TextOrNull(photo.CreditText));
    }

    /// <summary>
    /// The type its name says, as the site serves its own photos by their names; none when the name says nothing of an
    /// image (a wire's <c>photo?id=7</c>), as a wrong type is worse than none.
    /// </summary>
    private static string? MediaTypeOf(Uri url) =>
        MediaTypes.TryGetContentType(url.AbsolutePath, out var type) && type.StartsWith("image/", StringComparison.Ordinal) ? type : null;

    private static string? TextOrNull(string? text) => TextInput.IsBlank(text) ? null : TextInput.Line(text).Trim();
}
