using Microsoft.AspNetCore.OutputCaching;

namespace NewsPortal.Web.Caching;

/// <summary>Empties the reader cache of stories, after a save or when a scheduled story goes live.</summary>
internal sealed class StoryEviction(IOutputCacheStore cache, ReaderCacheChanges changes, ILogger<StoryEviction> logger)
{
    /// <summary>
    /// A cache that cannot be reached (Redis away) must not turn a save that is already committed into an error page,
    /// which would invite the editor to save it again: the failure is logged, and pages cached before it are gone when
    /// they expire (OutputCache:ExpireMinutes).
    /// </summary>
    public async Task EvictAsync(CancellationToken cancellationToken)
    {
        // Counted first: a page whose build started before the change and ends after the eviction is then not kept.
        changes.Counted();
        try
        {
            await cache.EvictByTagAsync(ReaderCache.Tag, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "The reader cache could not be emptied after a change; cached pages may show the old state until they expire");
        }
    }
}
