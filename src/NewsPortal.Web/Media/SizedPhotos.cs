using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace NewsPortal.Web.Media;

/// <summary>What a page needs to offer a stored photo's sized copies: its srcset, and its size to hold its place.</summary>
public sealed record PhotoSources(string SrcSet, int Width, int Height);

/// <summary>
/// Narrower copies of stored photos (<c>/media/{width}/{name}</c>), so that a reader on a phone downloads a few hundred
/// kilobytes rather than the camera's megabytes. Only the few <see cref="Widths"/> exist, and only narrower than the
/// photo itself, so no one can make the server resize a photo to any width they like. A copy is made on its first
/// request, from the stored photo (those stored before copies existed too), then kept beside it and served as a file.
/// </summary>
public sealed class SizedPhotos(PhotoStore store, IOptions<MediaOptions> options, ILogger<SizedPhotos> logger)
{
    /// <summary>A phone's column, a phone's column at twice the density or a tablet's, a desktop's at high density.</summary>
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    // How wide site.css draws a photo, for the browser to choose a copy before any style is loaded.
    /// <summary>The story's column: the whole screen on a phone, the text's measure (60ch, about 42rem) beyond.</summary>
    public const string StoryColumn = "(min-width: 44em) 42rem, 100vw";

    /// <summary>The front page's lead: the whole screen up to 60em, then two thirds of a page of at most 75rem.</summary>
    public const string FrontLead = "(min-width: 60em) 48rem, 100vw";

    // Photo sizes already read, so a page is not made to open the photo's file each time it is rendered: a stored
    // name never gets other pixels (a new photo gets a new name). Emptied when full, to bound what an archive costs.
    // Plain numbers rather than SkiaSharp's size, so that a site without uploaded photos never loads SkiaSharp.
    private const int KnownSizesLimit = 4096;
    private readonly ConcurrentDictionary<string, (int Width, int Height)> knownSizes = new(StringComparer.Ordinal);

    /// <summary>The sized copies a stored photo has; null for a photo elsewhere (a wire story's https address) or too small for any.</summary>
    public PhotoSources? SourcesFor(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (PhotoStore.NameOf(url) is not { } name || SizeOf(name) is not { } size || !Widths.Any(width => width < size.Width))
        {
            return null;
        }

        var candidates = Widths.Where(width => width < size.Width).Select(width => $"{UrlOf(width, name)} {width}w").ToList();
        // A photo no wider than the widest copy is its own largest size; a wider one is left to the full-size link.
        if (size.Width <= Widths[^1])
        {
            candidates.Add(string.Create(CultureInfo.InvariantCulture, $"{url} {size.Width}w"));
        }

        return new PhotoSources(string.Join(", ", candidates), size.Width, size.Height);
    }

    /// <summary>
    /// A stored photo at most <paramref name="width"/> wide (one of <see cref="Widths"/>): its copy of that width, or
    /// the photo itself when it is no wider. Null for a photo elsewhere (a wire story's https address) or not on disk.
    /// </summary>
    public SizedPhoto? AtMost(string url, int width)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Widths.Contains(width))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "Only the widths offered have copies.");
        }

        if (PhotoStore.NameOf(url) is not { } name || SizeOf(name) is not { } size)
        {
            return null;
        }

        return size.Width <= width
            ? new SizedPhoto(url, size.Width, size.Height)
            : new SizedPhoto(UrlOf(width, name), width, PhotoPixels.HeightAt(width, size.Width, size.Height));
    }

    public static string UrlOf(int width, string name) => string.Create(CultureInfo.InvariantCulture, $"{PhotoStore.UrlPrefix}{width}/{name}");

    /// <summary>
    /// The file of the photo <paramref name="name"/> at <paramref name="width"/>, made now if it was not yet; null when
    /// there is no such copy to make (a width not offered, a photo not stored, or one no wider than that).
    /// </summary>
    public async Task<SizedFile?> FileAsync(int width, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var original = Path.Combine(store.Folder, name);
        if (!Widths.Contains(width) || !PhotoStore.IsStoredName(name) || !File.Exists(original))
        {
            return null;
        }

        var copy = PathOf(width, name);
        if (File.Exists(copy))
        {
            return new SizedFile(copy);
        }

        if (new DriveInfo(store.Folder).AvailableFreeSpace < options.Value.MinFreeDiskMegabytes * 1024 * 1024)
        {
            logger.LogWarning("A sized photo was not made: less than {Megabytes} MB is free on the disk of {Folder}", options.Value.MinFreeDiskMegabytes, store.Folder);
            return new SizedFile(null);
        }

        // One decode at a time, with uploads too: a large photo takes a few hundred megabytes to decode.
        await PhotoStore.OneDecodeAtATime.WaitAsync(cancellationToken);
        try
        {
            // Made meanwhile for another reader waiting here.
            if (File.Exists(copy))
            {
                return new SizedFile(copy);
            }

            var bytes = await File.ReadAllBytesAsync(original, cancellationToken);
            using var data = SKData.CreateCopy(bytes);
            using var codec = SKCodec.Create(data);
            if (codec is null || PhotoPixels.UprightSize(codec).Width <= width || PhotoPixels.Reencode(codec, width) is not { } resized)
            {
                return null;
            }

            // Written aside, then moved into place, so no reader is ever served half a file. A dot name is never served.
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            var partial = Path.Combine(Path.GetDirectoryName(copy)!, $".{Guid.NewGuid():N}.partial");
            await File.WriteAllBytesAsync(partial, resized, cancellationToken);
            File.Move(partial, copy, overwrite: true);
            return new SizedFile(copy);
        }
        finally
        {
            PhotoStore.OneDecodeAtATime.Release();
        }
    }

    /// <summary>Deletes every sized copy of the photo <paramref name="name"/>, as it is itself deleted.</summary>
    public void DeleteCopiesOf(string name)
    {
        knownSizes.TryRemove(name, out _);
        // Exists first: deleting in a width's folder that was never made would throw.
        foreach (var copy in Widths.Select(width => PathOf(width, name)).Where(File.Exists))
        {
            File.Delete(copy);
        }
    }

    private string PathOf(int width, string name) => Path.Combine(store.Folder, width.ToString(CultureInfo.InvariantCulture), name);

    private (int Width, int Height)? SizeOf(string name)
    {
        if (knownSizes.TryGetValue(name, out var known))
        {
            return known;
        }

        // A photo not found is not remembered: its story may be shown before its upload has finished moving into place.
        if (UprightSize(Path.Combine(store.Folder, name)) is not { } size)
        {
            return null;
        }

        if (knownSizes.Count >= KnownSizesLimit)
        {
            knownSizes.Clear();
        }

        return knownSizes[name] = (size.Width, size.Height);
    }

    private static SKSizeI? UprightSize(string file)
    {
        // The header only: no pixel is decoded.
        using var codec = File.Exists(file) ? SKCodec.Create(file) : null;
        return codec is null ? null : PhotoPixels.UprightSize(codec);
    }
}

/// <summary>A stored photo at one size: its address (on this site) and its size in pixels.</summary>
public sealed record SizedPhoto(string Url, int Width, int Height);

/// <summary>A sized copy's file; no path when the disk is too full to keep one, and the full-size photo must do.</summary>
public sealed record SizedFile(string? Path);
