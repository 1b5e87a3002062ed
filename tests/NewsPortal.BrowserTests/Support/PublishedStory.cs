using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Media;

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

    /// <summary>As <see cref="PublishAsync"/>, with <paramref name="png"/> stored as an uploaded photo and shown as the story's photo.</summary>
    public static async Task<string> PublishWithPhotoAsync(PortalServer server, string headline, string markdown, byte[] png, string altText)
    {
        ArgumentNullException.ThrowIfNull(server);
        var name = $"{Guid.NewGuid():N}.png";
        var folder = server.Services.GetRequiredService<PhotoStore>().Folder;
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), png);

        return await PublishAsync(server, headline, markdown,
            (story, _) => story.Photo = new Photo { ImageUrl = PhotoStore.UrlPrefix + name, AltText = altText });
    }
}
