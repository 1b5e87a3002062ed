using System.Text.Json.Serialization;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Api;

/// <summary>One page of stories, newest first; <c>next</c> is the absolute address of the next page, or null on the last.</summary>
public sealed record StoryList(IReadOnlyList<StorySummary> Items, int Page, int PageSize, int TotalCount, int TotalPages, string? Next);

/// <summary>A story in a list; <c>publishedAt</c> is null when the wire gave no time for it.</summary>
public sealed record StorySummary(
    int Id,
    string Slug,
    string Headline,
    string? Section,
    string Summary,
    DateTime? PublishedAt,
    string Url,
    IReadOnlyList<TagRef> Tags,
    bool IsHot);

/// <summary>
/// A story with everything its page shows; <c>byline</c> is null for a story with none (a wire story). As on the page, <c>updatedAt</c> is the time of the newest public
/// notice (correction or update), or null when there is none.
/// </summary>
public sealed record StoryDetail(
    int Id,
    string Slug,
    string Headline,
    string? Section,
    string? Byline,
    string Summary,
    string BodyHtml,
    int ReadingTimeMinutes,
    DateTime? PublishedAt,
    DateTime? UpdatedAt,
    string Url,
    bool IsHot,
    PhotoInfo? Photo,
    IReadOnlyList<TagRef> Tags,
    IReadOnlyList<NoticeInfo> Notices);

public sealed record TagRef(string Name, string Slug);

/// <summary>A tag with the number of published stories that carry it; <c>url</c> is its page on the site.</summary>
public sealed record TagSummary(string Name, string Slug, int StoryCount, string Url);

/// <summary>The story's picture and credit; <c>imageUrl</c> is absolute when the site serves the image.</summary>
public sealed record PhotoInfo(string? ImageUrl, string? Caption, string? AltText, string? CreditText, string? CreditUrl)
{
    public static PhotoInfo? From(Photo photo, string origin) => photo is null || photo.IsEmpty
        ? null
        : new PhotoInfo(Absolute(photo.ImageUrl, origin), photo.Caption, photo.AltText, photo.CreditText, photo.CreditUrl);

    private static string? Absolute(string? url, string origin) =>
        url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? origin + url : url;
}

public sealed record NoticeInfo(
    [property: JsonConverter(typeof(JsonStringEnumConverter<NoticeKind>))] NoticeKind Kind,
    string Text,
    DateTime At);
