using NewsPortal.Web.Pages;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Feeds;

/// <summary>RSS and Atom for the whole site and for each tag: the newest published stories.</summary>
internal static class FeedEndpoints
{
    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        foreach (var format in Enum.GetValues<FeedFormat>())
        {
            app.MapMethods(FeedUrls.Site(format), NewsPortalFeeds.GetAndHead,
                (HttpContext context, FeedStories stories, FeedWriter writer, CancellationToken cancellationToken) =>
                    SiteFeedAsync(format, context, stories, writer, cancellationToken));
            app.MapMethods($"/tags/{{slug}}/{FeedUrls.FileName(format)}", NewsPortalFeeds.GetAndHead,
                (string slug, HttpContext context, TagQueries tags, FeedStories stories, FeedWriter writer, CancellationToken cancellationToken) =>
                    TagFeedAsync(format, slug, context, tags, stories, writer, cancellationToken));
        }
    }

    private static async Task<IResult> SiteFeedAsync(
        FeedFormat format, HttpContext context, FeedStories stories, FeedWriter writer, CancellationToken cancellationToken)
    {
        var lastModified = await stories.LastModifiedAsync(tagId: null, cancellationToken);
        return Results.Stream(
            body => writer.WriteAsync(body, format, writer.SiteChannel(format), lastModified, stories.Newest(tagId: null), context.Request),
            FeedUrls.ContentType(format));
    }

    private static async Task<IResult> TagFeedAsync(
        FeedFormat format, string slug, HttpContext context, TagQueries tags, FeedStories stories, FeedWriter writer, CancellationToken cancellationToken)
    {
        var tag = await tags.FindAsync(slug, cancellationToken);
        if (tag is null)
        {
            context.Features.Set(new ReaderErrorMessage("There is no such tag."));
            return Results.NotFound();
        }

        // As with the tag page: one address per feed, whatever the letter case of the link.
        if (slug != tag.Slug)
        {
            return Results.Redirect(FeedUrls.Tag(tag.Slug, format), permanent: true);
        }

        var lastModified = await stories.LastModifiedAsync(tag.Id, cancellationToken);
        return Results.Stream(
            body => writer.WriteAsync(body, format, writer.TagChannel(tag, format), lastModified, stories.Newest(tag.Id), context.Request),
            FeedUrls.ContentType(format));
    }
}
