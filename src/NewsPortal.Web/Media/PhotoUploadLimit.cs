using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Scaling;
using NewsPortal.Web.Security;

namespace NewsPortal.Web.Media;

/// <summary>
/// Counts each person's photo uploads in one-minute windows (<see cref="MediaOptions.PhotosPerMinute"/>), across
/// instances when they share state. Checked in the form rather than by the rate-limiting middleware, so that an
/// upload over the limit comes back as a message in the form, with everything typed kept, not as a 429 page.
/// </summary>
public sealed class PhotoUploadLimit(IRateLimitWindows windows, IOptions<MediaOptions> options, ILogger<PhotoUploadLimit> logger) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perPerson = PartitionedRateLimiter.Create<string, string>(
        person => windows.PerMinute($"photos:{person}", options.Value.PhotosPerMinute));

    /// <summary>Takes one upload from the person's window; says why the photo is not stored when it cannot.</summary>
    public async ValueTask<string?> TakeAsync(ClaimsPrincipal person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var id = person.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Only a signed-in person uploads photos.");
        try
        {
            using var lease = await _perPerson.AcquireAsync(id, 1, cancellationToken);
            return lease.IsAcquired
                ? null
                : $"This photo was not stored: you have uploaded {options.Value.PhotosPerMinute} photos in the last minute, the most the site takes from one person. Choose it again in a minute; the rest of the story can be saved now.";
        }
        catch (Exception error) when (RedisErrors.IsUnreachable(error))
        {
            // The count lives in Redis, which is away: the photo waits, and the story the editor typed is kept in the form.
            logger.LogWarning(error, "A photo upload was refused: its count could not be kept, as Redis is not answering");
            return "This photo was not stored: the site cannot take photos for a moment. Choose it again in a minute; the rest of the story can be saved now.";
        }
    }

    public void Dispose() => _perPerson.Dispose();
}
