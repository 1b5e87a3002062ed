using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Sections;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Api;

/// <summary>Published stories: a paged list, and one story by id or by slug. Nothing else of the store is reachable.</summary>
internal static class StoriesApi
{
    public const string ListPath = "/api/stories";

    public static void MapStories(this RouteGroupBuilder api)
    {
        var stories = api.MapGroup("/stories").WithTags("Stories");

        stories.MapGetAndHead("", ListAsync)
            .WithName("ListStories")
            .WithSummary("A page of published stories, newest first")
            .WithDescription("Filter by tag slug and section. A page past the end is 404; a bad parameter is 400 and says which and why.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        stories.MapGetAndHead("/{id:int}", GetByIdAsync)
            .WithName("GetStory")
            .WithSummary("One published story by id, with everything its page shows")
            .ProducesProblem(StatusCodes.Status404NotFound);

        stories.MapGetAndHead("/by-slug/{slug}", GetBySlugAsync)
            .WithName("GetStoryBySlug")
            .WithSummary("One published story by slug, with everything its page shows")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<StoryList>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [AsParameters] StoryListQuery query, NewsPortalDbContext db, NewsroomClock clock, TagQueries tags, SectionQueries sections,
        SiteAddress site, HttpRequest request, CancellationToken cancellationToken)
    {
        var (filter, errors) = query.Check(request.Query);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors, string.Join(" ", errors.Values.SelectMany(e => e)), title: "The query is not valid.");
        }

        var (total, newestFirst) = await FilterAsync(filter, db, clock.UtcNow, tags, sections, cancellationToken);
        var totalPages = Math.Max(1, (int)((total + (long)filter.PageSize - 1) / filter.PageSize));
        if (filter.Page > totalPages)
        {
            return ApiProblems.NotFound($"There is no page {filter.Page} of this list; it has {totalPages} page{(totalPages == 1 ? "" : "s")} of {filter.PageSize}.");
        }

        var origin = site.Absolute(request, "");
        var items = await newestFirst
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .Select(a => new StorySummary(
                a.Id, a.Slug, a.Headline, a.Section, a.Summary,
                a.PublishedAtIsEstimate ? null : a.PublishedAt,
                origin + Urls.Article(a.Id, a.Slug),
                a.TagLinks.OrderBy(l => l.Position).Select(l => new TagRef(l.Tag.Name, l.Tag.Slug)).ToList(),
                a.IsHot))
            .ToListAsync(cancellationToken);
        var next = filter.Page < totalPages ? site.Absolute(request, filter.PathOfPage(filter.Page + 1)) : null;
        return TypedResults.Ok(new StoryList(items, filter.Page, filter.PageSize, total, totalPages, next));
    }

    /// <summary>
    /// How many published stories the filter asks for, and the same newest first, to page through. Each reads
    /// one index range: a tag's list is read from its links (tag, time), as the tag's page reads it, and a section is
    /// matched to the names the newsroom wrote before the stories are read, so the (section, time) index serves it.
    /// Tested from the stories' side, a rare tag or an unknown section meant reading every story in the archive.
    /// </summary>
    private static async Task<(int Total, IQueryable<Article> NewestFirst)> FilterAsync(
        StoryFilter filter, NewsPortalDbContext db, DateTime now, TagQueries tags, SectionQueries sections, CancellationToken cancellationToken)
    {
        List<string>? sectionNames = null;
        if (filter.Section is { } section)
        {
            // Any letter case, as the newsroom may have written one section two ways; or the slug of its page.
            sectionNames = (await sections.PublishedNamesAsync(cancellationToken))
                .Where(name => string.Equals(name, section, StringComparison.OrdinalIgnoreCase) || Slug.ForName(name) == section).ToList();
        }

        if (filter.Tag is { } slug)
        {
            // An unknown tag lists nothing: no tag has the id 0.
            var tagId = (await tags.FindAsync(slug, cancellationToken))?.Id ?? 0;
            var links = db.Set<ArticleTag>().AsNoTracking().ListedBy(tagId, now);
            if (sectionNames is not null)
            {
                links = links.Where(l => sectionNames.Contains(l.Article.Section!));
            }

            return (await links.CountAsync(cancellationToken),
                links.NewestFirst().Select(l => l.Article));
        }

        var stories = db.Articles.AsNoTracking().PublishedBy(now);
        if (sectionNames is not null)
        {
            stories = stories.Where(a => sectionNames.Contains(a.Section!));
        }

        return (await stories.CountAsync(cancellationToken), stories.NewestFirst());
    }

    private static async Task<Results<Ok<StoryDetail>, ProblemHttpResult, RedirectHttpResult>> GetByIdAsync(
        int id, NewsPortalDbContext db, NewsroomClock clock, SiteAddress site, HttpRequest request, CancellationToken cancellationToken)
    {
        // One address per story, as for its page: other spellings of the number (01, +1, " 1") move permanently to it.
        if (request.RouteValues["id"] as string != id.ToString(CultureInfo.InvariantCulture))
        {
            return TypedResults.Redirect($"{ListPath}/{id.ToString(CultureInfo.InvariantCulture)}{request.QueryString}", permanent: true);
        }

        return await GetOneAsync(a => a.Id == id, $"There is no published story {id}.", db, clock, site.Absolute(request, ""), cancellationToken);
    }

    private static async Task<Results<Ok<StoryDetail>, ProblemHttpResult, RedirectHttpResult>> GetBySlugAsync(
        string slug, NewsPortalDbContext db, NewsroomClock clock, SiteAddress site, HttpRequest request, CancellationToken cancellationToken)
    {
        // Slugs are stored in lower case: a slug in other letter case moves permanently to the one address.
        var lowered = slug.ToLowerInvariant();
        if (lowered != slug)
        {
            return TypedResults.Redirect($"{ListPath}/by-slug/{Uri.EscapeDataString(lowered)}{request.QueryString}", permanent: true);
        }

        return await GetOneAsync(a => a.Slug == slug, $"There is no published story with the slug \"{slug}\".", db, clock, site.Absolute(request, ""), cancellationToken);
    }

    private static async Task<Results<Ok<StoryDetail>, ProblemHttpResult, RedirectHttpResult>> GetOneAsync(
        Expression<Func<Article, bool>> which, string missing, NewsPortalDbContext db, NewsroomClock clock, string origin, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().PublishedBy(clock.UtcNow).Where(which)
            .Select(a => new
            {
                a.Id, a.Slug, a.Headline, a.Section, a.Byline, a.Summary, a.BodyHtml, a.ReadingTimeMinutes,
                PublishedAt = a.PublishedAtIsEstimate ? null : a.PublishedAt,
                a.IsHot, a.Photo,
                Tags = a.TagLinks.OrderBy(l => l.Position).Select(l => new TagRef(l.Tag.Name, l.Tag.Slug)).ToList(),
                Notices = a.Notices.OrderBy(n => n.At).Select(n => new NoticeInfo(n.Kind, n.Text, n.At)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return ApiProblems.NotFound(missing);
        }

        return TypedResults.Ok(new StoryDetail(
            story.Id, story.Slug, story.Headline, story.Section, story.Byline, story.Summary, story.BodyHtml, story.ReadingTimeMinutes,
            story.PublishedAt, story.Notices.LastOrDefault()?.At, origin + Urls.Article(story.Id, story.Slug), story.IsHot,
            PhotoInfo.From(story.Photo, origin), story.Tags, story.Notices));
    }
}
