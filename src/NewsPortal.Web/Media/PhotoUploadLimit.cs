using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Security;

namespace NewsPortal.Web.Media;

/// <summary>
/// Counts each person's photo uploads in one-minute windows (<see cref="MediaOptions.PhotosPerMinute"/>), across
/// instances when they share state. Checked in the form rather than by the rate-limiting middleware, so that an
/// upload over the limit comes back as a message in the form, with everything typed kept, not as a 429 page.
/// </summary>
public sealed class PhotoUploadLimit(IRateLimitWindows windows, IOptions<MediaOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perPerson = PartitionedRateLimiter.Create<string, string>(
        person => windows.PerMinute($"photos:{person}", options.Value.PhotosPerMinute));

    public int PerMinute => options.Value.PhotosPerMinute;

    /// <summary>Takes one upload from the person's window; false when the window is used up.</summary>
    public async ValueTask<bool> TryTakeAsync(ClaimsPrincipal person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var id = person.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Only a signed-in person uploads photos.");
        using var lease = await _perPerson.AcquireAsync(id, 1, cancellationToken);
        return lease.IsAcquired;
    }

    public void Dispose() => _perPerson.Dispose();
}
