using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;

namespace NewsPortal.BrowserTests.Support;

/// <summary>A story published straight into a test's own server (so it crowds no other test's lists), as the newsroom leaves one.</summary>
public static class PublishedStory
{
    /// <summary>
    /// Publishes a News story five minutes before the seed evening, its body rendered from <paramref name="markdown"/>,
    /// and returns its address; <paramref name="dress"/> adds what the test needs of it (a photo, tags).
    /// </summary>
    public static async Task<string> PublishAsync(PortalServer server, string headline, string markdown, Action<Article, NewsPortalDbContext>? dress = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
        var story = new Article
        {
            Headline = headline,
            Slug = Slug.From(headline),
            Section = "News",
            Status = ArticleStatus.Published,
            PublishedAt = PortalServer.SeedEvening.AddMinutes(-5).UtcDateTime,
        };
        dress?.Invoke(story, db);
        story.SetBody(markdown, scope.ServiceProvider.GetRequiredService<BodyRenderer>());
        db.Articles.Add(story);
        await db.SaveChangesAsync();
        return Urls.Article(story.Id, story.Slug);
    }
}
