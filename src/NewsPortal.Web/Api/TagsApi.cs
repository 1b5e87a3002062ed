using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Api;

internal static class TagsApi
{
    public static void MapTags(this RouteGroupBuilder api) =>
        api.MapGetAndHead("/tags", ListAsync)
            .WithTags("Tags")
            .WithName("ListTags")
            .WithSummary("Tags with the number of published stories that carry them, by name; tags with none are left out");

    private static async Task<Ok<List<TagSummary>>> ListAsync(
        NewsPortalDbContext db, NewsroomClock clock, SiteAddress site, HttpRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var origin = site.Absolute(request, "");
        // Every tag is listed, so every tag is read; each count is one range of the (tag, listed time) index.
        var tags = await db.Tags.AsNoTracking()
            .Select(t => new { t.Name, t.Slug, Count = db.Set<ArticleTag>().Count(l => l.TagId == t.Id && l.ListedAt <= now) })
            .Where(t => t.Count > 0)
            // SQL lower(), which both databases have; a culture would mean nothing to the database.
#pragma warning disable CA1304, CA1311
            .OrderBy(t => t.Name.ToLower()).ThenBy(t => t.Slug)
#pragma warning restore CA1304, CA1311
            .Select(t => new TagSummary(t.Name, t.Slug, t.Count, origin + Urls.Tag(t.Slug)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(tags);
    }
}
