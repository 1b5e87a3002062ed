using NewsPortal.Web.Pages;
using NewsPortal.Web.Sections;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Feeds;

/// <summary>RSS and Atom for the whole site, for each tag and for each section: the newest published stories.</summary>
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
            app.MapMethods($"/sections/{{slug}}/{FeedUrls.FileName(format)}", NewsPortalFeeds.GetAndHead,
                (string slug, HttpContext context, SectionQueries sections, FeedStories stories, FeedWriter writer, CancellationToken cancellationToken) =>
                    SectionFeedAsync(format, slug, context, sections, stories, writer, cancellationToken));
        }
    }

    private static async Task<IResult> SiteFeedAsync(
        FeedFormat format, HttpContext context, FeedStories stories, FeedWriter writer, CancellationToken cancellationToken)
    {
        return await StreamAsync(format, writer.SiteChannel(format), FeedSelection.Site, context, stories, writer, cancellationToken);
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

        return await StreamAsync(format, writer.TagChannel(tag, format), new FeedSelection(TagId: tag.Id), context, stories, writer, cancellationToken);
    }

    private static async Task<IResult> SectionFeedAsync(
        FeedFormat format, string slug, HttpContext context, SectionQueries sections, FeedStories stories, FeedWriter writer, CancellationToken cancellationToken)
    {
        var section = await sections.FindAsync(slug, cancellationToken);
        if (section is null)
        {
            context.Features.Set(new ReaderErrorMessage("There is no such section."));
            return Results.NotFound();
        }

        // As with the section page: one address per feed, whatever the letter case of the link.
        if (slug != section.Slug)
        {
            return Results.Redirect(FeedUrls.Section(section.Name, format), permanent: true);
        }

        return await StreamAsync(
            format, writer.SectionChannel(section, format), new FeedSelection(SectionNames: section.Names), context, stories, writer, cancellationToken);
    }

    private static async Task<IResult> StreamAsync(
        FeedFormat format, FeedChannel channel, FeedSelection selection, HttpContext context, FeedStories stories, FeedWriter writer, CancellationToken cancellationToken)
    {
        var lastModified = await stories.LastModifiedAsync(selection, cancellationToken);
        return Results.Stream(
            body => writer.WriteAsync(body, format, channel, lastModified, stories.Newest(selection), context.Request),
            FeedUrls.ContentType(format));
    }
}
