using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;

namespace NewsPortal.BrowserTests.Support;

/// <summary>A published story whose body embeds a YouTube video under the editor's title for it.</summary>
public static class VideoStory
{
    public const string Title = "The minister's briefing";
    public const string Player = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";
    public const string Page = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    /// <summary>Publishes the story on <paramref name="server"/> (a test's own, so it crowds no other test's lists) and returns its address.</summary>
    public static async Task<string> PublishAsync(PortalServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var scope = server.Services.CreateAsyncScope();
        var story = new Article
        {
            Headline = "The minister answers questions",
            Slug = "the-minister-answers-questions",
            Section = "News",
            Status = ArticleStatus.Published,
            PublishedAt = PortalServer.SeedEvening.AddMinutes(-5).UtcDateTime,
        };
        story.SetBody($"The minister spoke.\n\n[{Title}]({Page})\n\nQuestions followed.", scope.ServiceProvider.GetRequiredService<BodyRenderer>());
        var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
        db.Articles.Add(story);
        await db.SaveChangesAsync();
        return Urls.Article(story.Id, story.Slug);
    }
}
