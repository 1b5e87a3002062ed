using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Caching;

/// <summary>
/// A reader cache that cannot be reached (a shared cache whose server is away) never turns an editor's committed save
/// into an error page, which would invite saving the story twice.
/// </summary>
public class CacheOutageTests
{
    /// <summary>A cache store that keeps nothing and fails every eviction, as a store whose server is gone does.</summary>
    private sealed class UnreachableStore : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
            throw new IOException("The cache server does not answer.");

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            ValueTask.CompletedTask;
    }

    [Fact]
    public async Task APublishIsKeptAndAnsweredNormallyWhenTheCacheCannotBeEmptied()
    {
        using var app = new NewsPortalFactory().WithService<IOutputCacheStore>(new UnreachableStore());
        var editor = await app.SignedInAsync(Roles.Editor);

        using var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Minister opens a plant"), "Publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("Minister opens a plant", (await app.CreateReader().GetPageAsync("/")).Text("#LeadHeadline"));
    }
}
