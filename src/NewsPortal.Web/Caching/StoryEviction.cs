using Microsoft.AspNetCore.OutputCaching;

namespace NewsPortal.Web.Caching;

internal static class StoryEviction
{
    /// <summary>
    /// Empties the reader cache of stories. A cache that cannot be reached (Redis away) must not turn a save that is
    /// already committed into an error page, which would invite the editor to save it again: the failure is logged,
    /// and pages cached before it are gone when they expire (OutputCache:ExpireMinutes).
    /// </summary>
    public static async Task EvictStoriesAsync(this IOutputCacheStore cache, ILogger logger, CancellationToken cancellationToken)
    {
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
