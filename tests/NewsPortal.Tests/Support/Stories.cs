using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Web.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Tags;

namespace NewsPortal.Tests.Support;

/// <summary>Puts stories straight into the app's store, as the newsroom would publish them.</summary>
public static class Stories
{
    public static async Task<Article> AddStoryAsync(
        this NewsPortalFactory app,
        string headline,
        DateTimeOffset publishedAt,
        string[]? tags = null,
        bool hot = false,
        ArticleStatus status = ArticleStatus.Published,
        string body = "A paragraph of the story.")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
        var article = new Article
        {
            Headline = headline,
            Slug = $"{Slug.From(headline)}-{Guid.NewGuid():N}",
            Section = "News",
            Status = status,
            PublishedAt = publishedAt.UtcDateTime,
            IsHot = hot,
        };
        article.SetBody(body, scope.ServiceProvider.GetRequiredService<BodyRenderer>());
        foreach (var name in tags ?? [])
        {
            var slug = Slug.From(name);
            article.AddTag(await db.Tags.FirstOrDefaultAsync(t => t.Slug == slug) ?? new Tag { Name = name, Slug = slug });
        }

        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }

    /// <summary>The newsroom's new-story form for a story tagged umerov, as an editor fills it in.</summary>
    public static Dictionary<string, string> NewStoryForm(string headline) => new()
    {
        ["Draft.Headline"] = headline,
        ["Draft.Section"] = "Politics",
        ["Draft.Tags"] = "umerov",
        ["Draft.Body"] = "A paragraph about the defence minister's day.",
    };

    /// <summary>The delete form's fields as an editor sends them: with the box saying they understand ticked.</summary>
    public static Dictionary<string, string> DeleteConfirmed => new() { ["confirmDelete"] = "true" };

    /// <summary>
    /// Runs a query or a raw change on the store. The app's own saves empty the reader cache; a raw change made
    /// behind its back (ExecuteUpdate, ExecuteDelete) does not, so the helper does it as the app would.
    /// </summary>
    public static async Task<T> WithStoreAsync<T>(this NewsPortalFactory app, Func<NewsPortalDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await query(scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>());
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(ReaderCache.Tag, default);
        return result;
    }
}
