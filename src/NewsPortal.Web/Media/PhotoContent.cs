using System.Globalization;
using SkiaSharp;

namespace NewsPortal.Web.Media;

/// <summary>What an upload turned out to be: the stored name's extension, or why it was refused.</summary>
public sealed record PhotoVerdict(string? Extension, string? Problem);

/// <summary>
/// Decides whether a file is a whole JPEG, PNG or WebP photo of a size readers' browsers can decode. Its first bytes
/// name the format; the header's dimensions are held to the caps before a single pixel is decoded, so a
/// decompression bomb is refused unopened; then every pixel is decoded, so a file that ends early or holds something
/// else after the signature is refused too, not served for every reader's browser to choke on.
/// </summary>
public static class PhotoContent
{
    public const string NotAPhoto = "Only JPEG, PNG or WebP photos can be uploaded; this file is none of them.";

    // Decoding never needs more than this many pixels' memory at once where the decoder can scale (JPEG, WebP),
    // or one band of rows where it can go row by row (JPEG, non-interlaced PNG).
    private const int ScaledPixels = 1024 * 1024;
    private const int RowsPerBand = 16;

    private static readonly (string Extension, string Name, SKEncodedImageFormat Format, byte?[] Signature)[] Formats =
    [
        (".jpg", "JPEG", SKEncodedImageFormat.Jpeg, [0xFF, 0xD8, 0xFF]),
        (".png", "PNG", SKEncodedImageFormat.Png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (".webp", "WebP", SKEncodedImageFormat.Webp, [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]),
    ];

    public static PhotoVerdict Check(byte[] bytes, int maxMegapixels, int maxSide)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var format = Formats.FirstOrDefault(format => Matches(bytes, format.Signature));
        if (format.Extension is null)
        {
            return new PhotoVerdict(null, NotAPhoto);
        }

        var damaged = new PhotoVerdict(null,
            $"The photo could not be read: it starts as a {format.Name} file but is damaged or incomplete. Export it again from the photo editor and upload the new file.");
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format.Format)
        {
            return damaged;
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0)
        {
            return damaged;
        }

        if (width > maxSide || height > maxSide || (long)width * height > maxMegapixels * 1_000_000L)
        {
            return new PhotoVerdict(null, string.Create(CultureInfo.InvariantCulture,
                $"The photo is {width:N0} × {height:N0} pixels; the site takes photos of at most {maxSide:N0} pixels a side and {maxMegapixels} megapixels. Save a smaller copy and upload that."));
        }

        return DecodesWhole(codec) ? new PhotoVerdict(format.Extension, null) : damaged;
    }

    /// <summary>
    /// Decodes every pixel, at a reduced scale where the decoder can scale (JPEG by its DCT, WebP while decoding;
    /// both still read all the compressed data), and row band by row band where it can (JPEG, non-interlaced PNG), so
    /// that even a photo at the caps is checked in a few megabytes. The rest (WebP, interlaced PNG) is decoded into
    /// one bitmap of the scaled size: for an interlaced PNG, the full size, which the caps bound.
    /// </summary>
    private static bool DecodesWhole(SKCodec codec)
    {
        var pixels = (double)codec.Info.Width * codec.Info.Height;
        var size = codec.GetScaledDimensions(pixels > ScaledPixels ? (float)Math.Sqrt(ScaledPixels / pixels) : 1f);
        var info = new SKImageInfo(Math.Max(1, size.Width), Math.Max(1, size.Height), SKColorType.Rgba8888, SKAlphaType.Premul);

        var started = codec.StartScanlineDecode(info);
        if (started == SKCodecResult.Success)
        {
            using var band = new SKBitmap(info.WithSize(info.Width, Math.Min(RowsPerBand, info.Height)));
            for (var row = 0; row < info.Height; row += RowsPerBand)
            {
                var rows = Math.Min(RowsPerBand, info.Height - row);
                if (codec.GetScanlines(band.GetPixels(), rows, band.RowBytes) != rows)
                {
                    return false;
                }
            }

            return true;
        }

        if (started != SKCodecResult.Unimplemented)
        {
            return false;
        }

        using var whole = new SKBitmap(info);
        return codec.GetPixels(info, whole.GetPixels()) == SKCodecResult.Success;
    }

    private static bool Matches(byte[] bytes, byte?[] signature) =>
        bytes.Length >= signature.Length && signature.Select((expected, i) => expected is null || bytes[i] == expected).All(match => match);
}
