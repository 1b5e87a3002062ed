using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace NewsPortal.Web.Media;

public sealed record PhotoUpload(string? Url, string? Problem);

/// <summary>
/// Keeps uploaded photos. The file's own bytes decide what it is (a whole JPEG, PNG or WebP of a sane size, see
/// <see cref="PhotoContent"/>), never its name or the browser's word; the stored name is made here, so nothing the
/// uploader typed reaches the file system. What is stored is the photo made anew from its pixels (see
/// <see cref="PhotoPixels"/>), so none of the camera's metadata is kept.
/// </summary>
public sealed partial class PhotoStore(IOptions<MediaOptions> options, IWebHostEnvironment environment, ILogger<PhotoStore> logger)
{
    public const string UrlPrefix = "/media/";

    // The names SaveAsync makes.
    private const string NamePattern = @"[0-9a-f]{32}\.(?:jpg|png|webp)";

    internal static readonly SemaphoreSlim OneDecodeAtATime = new(1);

    public string Folder { get; } = Path.GetFullPath(options.Value.Folder, environment.ContentRootPath);

    public long MaxBytes => options.Value.MaxPhotoBytes;

    /// <summary>What is wrong with an upload before any of it is read: an empty file, or one over the size limit.</summary>
    public string? SizeProblem(IFormFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Length == 0 ? "The photo file is empty."
            : file.Length > MaxBytes ? TooLarge(file.Length, MaxBytes)
            : null;
    }

    public async Task<PhotoUpload> SaveAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (SizeProblem(file) is { } problem)
        {
            return new PhotoUpload(null, problem);
        }

        // Read whole (MaxPhotoBytes bounds it), so that the bytes checked are the bytes re-encoded.
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        PhotoVerdict verdict;
        byte[]? clean = null;
        // One decode at a time: a photo at the caps takes ~200 MB to decode, and a newsroom uploading at once must
        // not multiply that.
        await OneDecodeAtATime.WaitAsync(cancellationToken);
        try
        {
            verdict = PhotoContent.Check(bytes, options.Value.MaxPhotoMegapixels, options.Value.MaxPhotoSide);
            if (verdict.Problem is null)
            {
                // Only the pixels are kept: the camera's metadata (GPS position, serial number, owner) never reaches a reader.
                clean = PhotoPixels.Reencode(bytes);
            }
        }
        finally
        {
            OneDecodeAtATime.Release();
        }

        if (verdict.Problem is not null)
        {
            return new PhotoUpload(null, verdict.Problem);
        }

        if (clean is null)
        {
            return new PhotoUpload(null, "The photo could not be read. Export it again from the photo editor and upload the new file.");
        }

        Directory.CreateDirectory(Folder);
        if (new DriveInfo(Folder).AvailableFreeSpace - clean.Length < options.Value.MinFreeDiskMegabytes * 1024 * 1024)
        {
            logger.LogWarning("A photo was refused: less than {Megabytes} MB would be left free on the disk of {Folder}", options.Value.MinFreeDiskMegabytes, Folder);
            return new PhotoUpload(null, "The server is short of disk space, so the photo was not stored. The rest of the story can be saved; tell whoever runs the site.");
        }

        var name = $"{Guid.NewGuid():N}{verdict.Extension}";
        await using (var target = new FileStream(Path.Combine(Folder, name), FileMode.CreateNew, FileAccess.Write))
        {
            await target.WriteAsync(clean, cancellationToken);
        }

        return new PhotoUpload(UrlPrefix + name, null);
    }

    public static string TooLarge(long bytes, long maxBytes) =>
        $"The photo is {Sizes.InMegabytes(bytes)}, larger than the {Sizes.InMegabytes(maxBytes)} the site takes. Save a smaller copy and choose that; the rest of the story can be saved now.";

    /// <summary>Whether a photo this store handed out under <paramref name="url"/> is still on disk.</summary>
    public bool Keeps(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return NameOf(url) is { } name && File.Exists(Path.Combine(Folder, name));
    }

    /// <summary>The stored name a photo address of this store names (<c>/media/{name}</c>), or null for any other address.</summary>
    public static string? NameOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var name = url.StartsWith(UrlPrefix, StringComparison.Ordinal) ? url[UrlPrefix.Length..] : "";
        return IsStoredName(name) ? name : null;
    }

    /// <summary>A name this store makes (<c>{guid}.jpg</c>): anything else in the folder is not its to touch.</summary>
    public static bool IsStoredName(string name) => WholeStoredName().IsMatch(name);

    /// <summary>The stored photos a text names, wherever they appear in it (a photo field, Markdown, JSON).</summary>
    public static IEnumerable<string> NamesIn(string text) => StoredName().Matches(text).Select(match => match.Value);

    [GeneratedRegex(NamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex StoredName();

    [GeneratedRegex($"^{NamePattern}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex WholeStoredName();
}
