using Microsoft.AspNetCore.OutputCaching;

namespace NewsPortal.Web.Caching;

/// <summary>
/// Keeps a page only if the reader cache was not emptied while it was being built. Such a page may show the store as it
/// was before the change, and stored after the eviction it would be served until it expired: a story published while
/// a reader's request for the front page was under way would be missing from the front page for minutes.
/// </summary>
internal sealed class BuiltUnchangedPolicy(ReaderCacheChanges changes) : IOutputCachePolicy
{
    private static readonly object ChangesWhenStarted = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.Items[ChangesWhenStarted] = changes.Count;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    // Called as the response starts, once the page's queries are done.
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Items[ChangesWhenStarted] is not long before || before != changes.Count)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
