using System.Linq.Expressions;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Articles;

/// <summary>The shapes readers' queries read: only the columns a page shows, never whole tracked entities.</summary>
public static class StoryProjections
{
    public static readonly Expression<Func<Article, StoryLink>> ToLink = a =>
        StoryLink.Listed(a.Id, a.Slug, a.Headline, a.PublishedAtIsEstimate, a.PublishedAt!.Value);

    public static readonly Expression<Func<ArticleTag, StoryLink>> TaggedToLink = l =>
        StoryLink.Listed(l.Article.Id, l.Article.Slug, l.Article.Headline, l.Article.PublishedAtIsEstimate, l.ListedAt!.Value);

    /// <summary>
    /// The story's own columns; its tags and notices are read by their own look-ups (see StoryQueries), because a
    /// single query joining them makes SQLite build the join for every story before picking one.
    /// </summary>
    public static readonly Expression<Func<Article, ArticleView>> ToView = a =>
        new ArticleView(
            a.Id, a.Slug, a.Headline, a.Section, a.Byline, a.BodyHtml, a.Summary, a.ReadingTimeMinutes,
            a.PublishedAtIsEstimate ? null : a.PublishedAt,
            a.UpdatedAt,
            // Column by column: projecting the complex property whole makes EF read every column of the story.
            new Photo
            {
                ImageUrl = a.Photo.ImageUrl,
                Caption = a.Photo.Caption,
                AltText = a.Photo.AltText,
                CreditText = a.Photo.CreditText,
                CreditUrl = a.Photo.CreditUrl,
            },
            new List<TagLink>(),
            new List<NoticeView>());
}
