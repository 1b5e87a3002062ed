using Microsoft.AspNetCore.OutputCaching;

namespace NewsPortal.Web.Caching;

/// <summary>Before a cached page is looked up, makes sure no scheduled story has gone live since it was stored.</summary>
internal sealed class GoLivePolicy(GoLiveWatch watch) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
        await watch.EvictIfDueAsync(cancellation);

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
