using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using SkiaSharp;

namespace NewsPortal.Tests.Support;

/// <summary>Photos made in memory for upload tests: real ones from SkiaSharp, and the broken and hostile shapes QA sent.</summary>
public static class TestPhotos
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

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

    /// <summary>The first <paramref name="length"/> bytes of <paramref name="photo"/>, as an upload cut off early leaves it.</summary>
    public static byte[] Truncated(byte[] photo, int length) => photo[..length];

    /// <summary>The PNG signature and then a web page: the file QA sent first.</summary>
    public static byte[] PngSignatureThenHtml => [.. PngSignature, .. Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>")];

    /// <summary>A valid 30,000 × 30,000 grey PNG of under a megabyte: zero rows deflate about a thousand to one.</summary>
    public static byte[] DecompressionBomb => Bomb.Value;

    /// <summary>A PNG whose header claims <paramref name="width"/> × <paramref name="height"/> over one row of pixels.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write(PngSignature);
        WriteChunk(png, "IHDR", Header(width, height));
        WriteChunk(png, "IDAT", Deflate(new byte[2]));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A complete grey PNG whose every pixel is black, made without holding its pixels in memory.</summary>
    public static byte[] ZeroPng(int width, int height)
    {
        using var idat = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true))
        {
            // Each row is its filter byte (0) and then the pixels, all zero.
            var row = new byte[1 + width];
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        using var png = new MemoryStream();
        png.Write(PngSignature);
        WriteChunk(png, "IHDR", Header(width, height));
        WriteChunk(png, "IDAT", idat.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Header(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample
        header[9] = 0; // colour type: grey
        return header;
    }

    private static byte[] Deflate(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typeAndData));
        png.Write(crc);
    }
}
