using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Articles;

/// <summary>What readers see of the store. Every list is "published by now, newest first" and read without tracking.</summary>
public sealed class ArticleQueries(NewsPortalDbContext db, NewsroomClock clock, IOptions<NewsroomOptions> options)
{
    private readonly NewsroomOptions _layout = options.Value;

    public async Task<ArticlePage?> GetArticlePageAsync(int id, CancellationToken cancellationToken = default)
    {
        var article = await Published().Where(a => a.Id == id).Select(ToView).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        return new ArticlePage(
            article,
            await MoreAboutAsync(article, cancellationToken),
            await HotNewsAsync(id, cancellationToken),
            await LatestAsync(id, cancellationToken));
    }

    public async Task<FrontPage> GetFrontPageAsync(CancellationToken cancellationToken = default)
    {
        var lead = await Published().Where(a => a.BodyMarkdown != "").NewestFirst().Select(ToView).FirstOrDefaultAsync(cancellationToken);
        var leadId = lead?.Id ?? 0;
        var newest = await Published().Where(a => a.Id != leadId && !a.PublishedAtIsEstimate).NewestFirst()
            .Take(_layout.PageSize).Select(ToLink).ToListAsync(cancellationToken);
        return new FrontPage(lead, newest, await HotNewsAsync(leadId, cancellationToken), await LatestAsync(leadId, cancellationToken));
    }

    /// <summary>All published stories, newest first; null when the page is past the end.</summary>
    public Task<Paged<StoryLink>?> GetLatestPageAsync(int pageNumber, CancellationToken cancellationToken = default) =>
        PageAsync(Published(), pageNumber, cancellationToken);

    /// <summary>The stories with a tag, newest first; null when the page is past the end.</summary>
    public Task<Paged<StoryLink>?> GetTagPageAsync(int tagId, int pageNumber, CancellationToken cancellationToken = default) =>
        PageAsync(Published().Where(a => a.TagLinks.Any(l => l.TagId == tagId)), pageNumber, cancellationToken);

    /// <summary>The stories of a section, newest first; null when the page is past the end.</summary>
    public Task<Paged<StoryLink>?> GetSectionPageAsync(string section, int pageNumber, CancellationToken cancellationToken = default) =>
        PageAsync(Published().Where(a => a.Section == section), pageNumber, cancellationToken);

    private async Task<Paged<StoryLink>?> PageAsync(IQueryable<Article> stories, int pageNumber, CancellationToken cancellationToken)
    {
        var total = await stories.CountAsync(cancellationToken);
        var paged = new Paged<StoryLink>([], pageNumber, _layout.PageSize, total);
        if (pageNumber > paged.TotalPages)
        {
            return null;
        }

        var items = await stories.NewestFirst().Skip((pageNumber - 1) * _layout.PageSize).Take(_layout.PageSize)
            .Select(ToLink).ToListAsync(cancellationToken);
        return paged with { Items = items };
    }

    private Task<List<StoryLink>> MoreAboutAsync(ArticleView article, CancellationToken cancellationToken)
    {
        var tagIds = article.Tags.Select(t => t.Id).ToList();
        return Published().Where(a => a.Id != article.Id && a.TagLinks.Any(l => tagIds.Contains(l.TagId))).NewestFirst()
            .Take(_layout.MoreAboutCount).Select(ToLink).ToListAsync(cancellationToken);
    }

    private Task<List<StoryLink>> HotNewsAsync(int excludedId, CancellationToken cancellationToken) =>
        Published().Where(a => a.IsHot && a.Id != excludedId).NewestFirst()
            .Take(_layout.HotNewsCount).Select(ToLink).ToListAsync(cancellationToken);

    private Task<List<StoryLink>> LatestAsync(int excludedId, CancellationToken cancellationToken) =>
        Published().Where(a => a.Id != excludedId).NewestFirst()
            .Take(_layout.LatestCount).Select(ToLink).ToListAsync(cancellationToken);

    private IQueryable<Article> Published() => db.Articles.AsNoTracking().PublishedBy(clock.UtcNow);


    private static readonly System.Linq.Expressions.Expression<Func<Article, StoryLink>> ToLink = a =>
        new StoryLink(a.Id, a.Slug, a.Headline, a.PublishedAtIsEstimate ? null : a.PublishedAt);

    private static readonly System.Linq.Expressions.Expression<Func<Article, ArticleView>> ToView = a =>
        new ArticleView(
            a.Id, a.Slug, a.Headline, a.Section, a.BodyHtml, a.Summary, a.ReadingTimeMinutes,
            a.PublishedAtIsEstimate ? null : a.PublishedAt,
            a.UpdatedAt,
            a.Photo,
            a.TagLinks.OrderBy(l => l.Position).Select(l => new TagLink(l.Tag.Id, l.Tag.Name, l.Tag.Slug)).ToList(),
            a.Notices.OrderBy(n => n.At).Select(n => new NoticeView(n.Kind, n.Text, n.At)).ToList());
}
