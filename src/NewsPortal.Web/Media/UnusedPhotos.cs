using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Media;

/// <summary>
/// Deletes uploaded photos no story uses. A photo is stored the moment it is chosen, so that a preview can show it;
/// one chosen for a story never saved, replaced by another, or left by a deleted story would otherwise stay on disk
/// for good. A photo is kept while a story or any of its saved revisions names it (as its photo or in its body),
/// and for <see cref="MediaOptions.KeepUnusedPhotosDays"/> after its upload, so a form left open with it still saves.
/// Its sized copies (<see cref="SizedPhotos"/>) go with it.
/// Every instance may run it: deleting a photo twice is harmless.
/// </summary>
public sealed class UnusedPhotos(
    PhotoStore photos, SizedPhotos sized, IServiceScopeFactory scopes, TimeProvider time, IOptions<MediaOptions> options, ILogger<UnusedPhotos> logger)
    : BackgroundService
{
    public static readonly TimeSpan FirstRoundAfter = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Soon after start rather than an interval later, or a site restarted more often than that would never sweep.
            await Task.Delay(FirstRoundAfter, time, stoppingToken);
            using var timer = new PeriodicTimer(Interval, time);
            do
            {
                try
                {
                    await DeleteAsync(stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogError(error, "Deleting unused photos failed; the next round tries again");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site is stopping; see ScheduledPublishing.
        }
    }

    /// <summary>Deletes the photos no story or revision names that are older than the grace period; returns their names.</summary>
    public async Task<IReadOnlyList<string>> DeleteAsync(CancellationToken cancellationToken)
    {
        var folder = new DirectoryInfo(photos.Folder);
        if (!folder.Exists)
        {
            return [];
        }

        var uploadedBefore = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.KeepUnusedPhotosDays);
        var unused = folder.EnumerateFiles()
            .Where(file => PhotoStore.IsStoredName(file.Name) && file.LastWriteTimeUtc < uploadedBefore)
            .Select(file => file.Name)
            .ToHashSet(StringComparer.Ordinal);
        if (unused.Count > 0)
        {
            await RemoveNamedAsync(unused, cancellationToken);
        }

        var deleted = new List<string>();
        foreach (var name in unused)
        {
            try
            {
                // The copies first: a copy left behind would have no photo to be remade from, nor a sweep to find it.
                sized.DeleteCopiesOf(name);
                File.Delete(Path.Combine(folder.FullName, name));
                deleted.Add(name);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(error, "Could not delete the unused photo {Photo}", name);
            }
        }

        if (deleted.Count > 0)
        {
            logger.LogInformation("Deleted {Count} uploaded photos no story uses: {Photos}", deleted.Count, deleted);
        }

        return deleted;
    }

    /// <summary>Takes out of <paramref name="names"/> every photo the store still names.</summary>
    private async Task RemoveNamedAsync(HashSet<string> names, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
        // Stories' own photos first: a short column, and most photos are named there.
        var storyPhotos = db.Articles.AsNoTracking()
            .Where(a => a.Photo.ImageUrl != null && a.Photo.ImageUrl.Contains(PhotoStore.UrlPrefix))
            .Select(a => a.Photo.ImageUrl!);
        await RemoveNamedInAsync(storyPhotos, names, cancellationToken);
        if (names.Count == 0)
        {
            return;
        }

        // Then the long texts, one at a time: bodies, and every revision, whose photo a restore would bring back.
        await RemoveNamedInAsync(
            db.Articles.AsNoTracking().Where(a => a.BodyMarkdown.Contains(PhotoStore.UrlPrefix)).Select(a => a.BodyMarkdown), names, cancellationToken);
        await RemoveNamedInAsync(
            db.ArticleRevisions.AsNoTracking().Where(r => r.Snapshot.Contains(PhotoStore.UrlPrefix)).Select(r => r.Snapshot), names, cancellationToken);
    }

    private static async Task RemoveNamedInAsync(IQueryable<string> texts, HashSet<string> names, CancellationToken cancellationToken)
    {
        await foreach (var text in texts.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var name in PhotoStore.NamesIn(text))
            {
                names.Remove(name);
            }

            if (names.Count == 0)
            {
                return;
            }
        }
    }
}
