using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace NewsPortal.TestVectors;

/// <summary>
/// PNG files put together chunk by chunk, as the specification lays them out (IHDR, one IDAT, IEND, each with its
/// CRC-32), so that upload tests need no image in the repository and can also make the shapes no encoder would.
/// </summary>
public static class PngFile
{
    public const byte Grey = 0;
    public const byte Rgb = 2;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A PNG of 8-bit samples whose header says <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] Make(int width, int height, byte colourType, byte[] compressedRows)
    {
        ArgumentNullException.ThrowIfNull(compressedRows);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample
        header[9] = colourType;

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressedRows);
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Rows as IDAT holds them: each starts with its filter type (0, the samples as they are).</summary>
    public static byte[] Compress(byte[] rows) => Compress(zlib => zlib.Write(rows));

    /// <summary>Rows written straight into the compressor, for images too large to hold uncompressed.</summary>
    public static byte[] Compress(Action<Stream> writeRows)
    {
        ArgumentNullException.ThrowIfNull(writeRows);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            writeRows(zlib);
        }

        return compressed.ToArray();
    }

    public static byte[] SignatureThen(string text) => [.. Signature, .. Encoding.ASCII.GetBytes(text)];

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
