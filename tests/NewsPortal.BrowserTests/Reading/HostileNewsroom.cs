using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.BrowserTests.Support;
using NewsPortal.TestVectors;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>A published story made of one hostile body, at the address readers get.</summary>
public sealed record HostileStory(HostileMarkdown Vector, string Url);

/// <summary>
/// A site of its own (so its hundred-odd stories crowd no other test's front page) where an editor has
/// published every vector of hostile-markdown.json as a story, through the same editor service the form uses.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit ends a fixture through IAsyncLifetime.DisposeAsync, which disposes the server.")]
public sealed class HostileNewsroom : IAsyncLifetime
{
    public const string Tag = "hostile";
    public const string Section = "Hostile";
    public const string HeadlineStart = "Hostile ";

    private readonly PortalServer _server = new();

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<HostileStory> Stories { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Address = _server.Start();
        var editor = await AddEditorAsync();
        var stories = new List<HostileStory>();
        foreach (var vector in HostileMarkdown.All)
        {
            await using var scope = _server.Services.CreateAsyncScope();
            var draft = new ArticleDraft { Headline = HeadlineStart + vector.Name, Body = vector.Markdown, Tags = Tag, Section = Section };
            var saved = await scope.ServiceProvider.GetRequiredService<ArticleEditor>()
                .SaveAsync(null, draft, null, EditAction.PublishNow, null, editor);
            Assert.True(saved.Status == EditStatus.Saved, $"{vector}: {saved.Status} {saved.Message}");
            var slug = await scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>().Articles
                .Where(article => article.Id == saved.ArticleId).Select(article => article.Slug).SingleAsync();
            stories.Add(new HostileStory(vector, Urls.Article(saved.ArticleId, slug)));
        }

        Stories = stories;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<System.Security.Claims.ClaimsPrincipal> AddEditorAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var email = $"editor-{Guid.NewGuid():N}@newsroom.test";
        var problems = await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>().AddAsync(email, Roles.Editor, "harbour-cranes-at-dawn");
        Assert.Empty(problems);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"The account {email} was not saved.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<NewsroomUser>>().CreateAsync(user);
    }
}
