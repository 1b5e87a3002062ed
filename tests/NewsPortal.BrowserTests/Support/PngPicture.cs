using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace NewsPortal.BrowserTests.Support;

/// <summary>
/// Real PNG files made in memory, so an upload test needs neither an image file in the repository nor an
/// imaging library: RGB pixels, one deflated IDAT chunk, CRC-32 on every chunk, as the PNG specification asks.
/// </summary>
public static class PngPicture
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>A sky paling towards the horizon over a darker sea: a picture a screenshot shows plainly.</summary>
    public static byte[] Harbour(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 2);

        var horizon = height * 3 / 5;
        var stride = 1 + (width * 3);
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            // Each scanline starts with its filter type; 0 means the bytes are the pixels as they are.
            var (red, green, blue) = y < horizon
                ? (70 + (110 * y / horizon), 130 + (90 * y / horizon), 220)
                : (20, 60 + (40 * (height - y) / (height - horizon)), 110);
            for (var x = 0; x < width; x++)
            {
                var at = (y * stride) + 1 + (x * 3);
                pixels[at] = (byte)red;
                pixels[at + 1] = (byte)green;
                pixels[at + 2] = (byte)blue;
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Deflate(pixels));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
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
        var typeBytes = Encoding.ASCII.GetBytes(type);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(typeBytes, data));
        png.Write(number);
    }

    private static uint Crc(byte[] type, byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var part in new[] { type, data })
        {
            foreach (var value in part)
            {
                crc = CrcTable[(crc ^ value) & 0xFF] ^ (crc >> 8);
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
