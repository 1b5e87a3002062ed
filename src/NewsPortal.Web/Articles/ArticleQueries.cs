using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Articles;

/// <summary>
/// What readers see of the store. Every list is "published by now, newest first", read without tracking; the
/// queries behind every reader page are compiled once (<see cref="StoryQueries"/>, <see cref="StoryLists"/>).
/// </summary>
public sealed class ArticleQueries(
    NewsPortalDbContext db, StoryQueries queries, StoryLists lists, NewsroomClock clock, IOptions<NewsroomOptions> options)
{
    private readonly NewsroomOptions _layout = options.Value;

    public async Task<ArticlePage?> GetArticlePageAsync(int id, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var article = await CompleteAsync(await queries.ArticleById(db, id, now, cancellationToken), cancellationToken);
        if (article is null)
        {
            return null;
        }

        return new ArticlePage(
            article,
            await MoreAboutAsync(article, now, cancellationToken),
            await queries.Hot(db, now, id, _layout.HotNewsCount).ToListAsync(cancellationToken),
            await queries.Newest(db, now, id, _layout.LatestCount).ToListAsync(cancellationToken));
    }

    public async Task<FrontPage> GetFrontPageAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var lead = await CompleteAsync(await queries.Lead(db, now, cancellationToken), cancellationToken);
        var leadId = lead?.Id ?? 0;
        var newest = await queries.NewestDated(db, now, leadId, _layout.PageSize).ToListAsync(cancellationToken);
        // LATEST beside the news feed lists what the feed does not: the wire's undated headlines, then older stories.
        // Once every story has a time the two would otherwise be the same list twice.
        var inFeed = newest.Select(story => story.Id).ToHashSet();
        var latest = await queries.Newest(db, now, leadId, _layout.LatestCount + newest.Count)
            .Where(story => !inFeed.Contains(story.Id))
            .Take(_layout.LatestCount)
            .ToListAsync(cancellationToken);
        return new FrontPage(
            lead,
            newest,
            await queries.Hot(db, now, leadId, _layout.HotNewsCount).ToListAsync(cancellationToken),
            latest);
    }

    /// <summary>All published stories, newest first, from a position in the list.</summary>
    public Task<ListPage<StoryLink>> GetLatestPageAsync(ListPosition<StoryCursor> position, CancellationToken cancellationToken = default) =>
        ReadAsync(lists.Latest(db, clock.UtcNow, position, _layout.PageSize + 1), position, cancellationToken);

    /// <summary>The stories with a tag, newest first, from a position in the list.</summary>
    public Task<ListPage<StoryLink>> GetTagPageAsync(int tagId, ListPosition<StoryCursor> position, CancellationToken cancellationToken = default) =>
        ReadAsync(lists.Tagged(db, tagId, clock.UtcNow, position, _layout.PageSize + 1), position, cancellationToken);

    /// <summary>
    /// The stories of a section, newest first, from a position in the list. Each spelling of the section's name is
    /// read off its own index range and the pages merged: <c>IN (…)</c> would sort every story of the section.
    /// </summary>
    public async Task<ListPage<StoryLink>> GetSectionPageAsync(
        IReadOnlyList<string> spellings, ListPosition<StoryCursor> position, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spellings);
        var now = clock.UtcNow;
        var read = new List<StoryLink>();
        foreach (var name in spellings)
        {
            read.AddRange(await lists.Section(db, name, now, position, _layout.PageSize + 1).ToListAsync(cancellationToken));
        }

        // Back in the order each query read in: oldest first when going newer, newest first otherwise.
        var merged = position.NewerThan is null
            ? read.OrderByDescending(story => story.ListedAt).ThenByDescending(story => story.Id)
            : read.OrderBy(story => story.ListedAt).ThenBy(story => story.Id);
        return ListPages.From(merged.Take(_layout.PageSize + 1).ToList(), _layout.PageSize, position, story => StoryCursor.Of(story).ToString());
    }

    /// <summary>
    /// How many published stories carry a tag, counted over the tag's index range up to one past
    /// <see cref="NewsroomOptions.CountLimit"/>: a count above the limit means "more than the limit".
    /// </summary>
    public Task<int> CountTaggedAsync(int tagId, CancellationToken cancellationToken = default) =>
        queries.CountTagged(db, tagId, clock.UtcNow, _layout.CountLimit + 1, cancellationToken);

    private async Task<ArticleView?> CompleteAsync(ArticleView? story, CancellationToken cancellationToken) =>
        story is null ? null : story with
        {
            Tags = await queries.TagsOf(db, story.Id).ToListAsync(cancellationToken),
            Notices = await queries.NoticesOf(db, story.Id).ToListAsync(cancellationToken),
        };

    // The lists read one item past the page: it only tells whether the list goes on.
    private async Task<ListPage<StoryLink>> ReadAsync(IAsyncEnumerable<StoryLink> query, ListPosition<StoryCursor> position, CancellationToken cancellationToken)
    {
        var read = await query.ToListAsync(cancellationToken);
        return ListPages.From(read, _layout.PageSize, position, story => StoryCursor.Of(story).ToString());
    }

    // The newest few of each of the story's tags, merged: the same stories as "newest with any of these tags",
    // but every query reads one short index range, however many stories a tag has.
    private async Task<List<StoryLink>> MoreAboutAsync(ArticleView article, DateTime now, CancellationToken cancellationToken)
    {
        var found = new List<StoryLink>();
        foreach (var tag in article.Tags)
        {
            found.AddRange(await queries.NewestWithTag(db, tag.Id, now, article.Id, _layout.MoreAboutCount).ToListAsync(cancellationToken));
        }

        return found.DistinctBy(story => story.Id)
            .OrderByDescending(story => story.ListedAt).ThenByDescending(story => story.Id)
            .Take(_layout.MoreAboutCount).ToList();
    }
}
