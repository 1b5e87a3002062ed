using Microsoft.Extensions.DependencyInjection;
using NewsPortal.TestVectors;
using NewsPortal.Web.Media;
using SkiaSharp;

namespace NewsPortal.Tests.Support;

/// <summary>Photos made in memory for upload tests: real ones from SkiaSharp, and the broken and hostile shapes an upload can take.</summary>
public static class TestPhotos
{
    private static readonly Lazy<byte[]> Bomb = new(() => ZeroPng(30_000, 30_000));

    /// <summary>A real photo-like picture (a gradient with noise, so it does not compress to nothing) in the given format.</summary>
    public static byte[] Encoded(SKEncodedImageFormat format, int width = 320, int height = 200)
    {
        var random = new Random(7);
        var pixels = new SKColor[width * height];
        for (var i = 0; i < pixels.Length; i++)
        {
            var (x, y) = (i % width, i / width);
            pixels[i] = new SKColor((byte)(x * 255 / width), (byte)(y * 255 / height), (byte)random.Next(256));
        }

        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque) { Pixels = pixels };

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Png => Encoded(SKEncodedImageFormat.Png);

    /// <summary>Puts a photo into the site's photo folder under a name the store makes, as an upload would have; returns the name.</summary>
    public static async Task<string> StoredAsync(NewsPortalFactory site, byte[] photo, string extension)
    {
        ArgumentNullException.ThrowIfNull(site);
        var name = $"{Guid.NewGuid():N}{extension}";
        var folder = site.Services.GetRequiredService<PhotoStore>().Folder;
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), photo);
        return name;
    }

    /// <summary>The first <paramref name="length"/> bytes of <paramref name="photo"/>, as an upload cut off early leaves it.</summary>
    public static byte[] Truncated(byte[] photo, int length) => photo[..length];

    /// <summary>The PNG signature and then a web page: a file that only starts like a PNG.</summary>
    public static byte[] PngSignatureThenHtml => PngFile.SignatureThen("<html><script>alert(1)</script></html>");

    /// <summary>A valid 30,000 × 30,000 grey PNG of under a megabyte: zero rows deflate about a thousand to one.</summary>
    public static byte[] DecompressionBomb => Bomb.Value;

    /// <summary>A PNG whose header claims <paramref name="width"/> × <paramref name="height"/> over one row of pixels.</summary>
    public static byte[] PngClaiming(int width, int height) => PngFile.Make(width, height, PngFile.Grey, PngFile.Compress(new byte[2]));

    /// <summary>A complete grey PNG whose every pixel is black, made without holding its pixels in memory.</summary>
    public static byte[] ZeroPng(int width, int height) => PngFile.Make(width, height, PngFile.Grey, PngFile.Compress(rows =>
    {
        // Each row is its filter byte (0) and then the pixels, all zero.
        var row = new byte[1 + width];
        for (var y = 0; y < height; y++)
        {
            rows.Write(row);
        }
    }));
}
