using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using SkiaSharp;

namespace NewsPortal.Tests.Support;

/// <summary>
/// Photos as a camera or a photo editor leaves them: real pictures from SkiaSharp with metadata put in byte by byte,
/// as each format's specification lays it out: EXIF (a GPS position, the camera, its owner, an orientation) and XMP.
/// </summary>
public static class CameraPhotos
{
    /// <summary>Words that only the metadata holds: none may be left in a stored photo.</summary>
    public static readonly string[] Giveaways = ["Jane Source", "NewsCam X100", "PhotoFixer 9", "adobe:ns:meta", "50/1,27/1"];

    private const string Xmp =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" " +
        "exif:GPSLatitude=\"50/1,27/1,0/1N\"><dc:creator>Jane Source</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>";

    private static readonly byte[] XmpJpegHeader = Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0");

    /// <summary>A JPEG with an EXIF APP1 segment (GPS, camera, owner, <paramref name="orientation"/>) and an XMP one.</summary>
    public static byte[] Jpeg(int width, int height, int orientation)
    {
        var jpeg = TestPhotos.Encoded(SKEncodedImageFormat.Jpeg, width, height);
        // Right after the start-of-image marker, where cameras put them.
        return [.. jpeg[..2], .. App1([.. "Exif\0\0"u8, .. Exif(orientation)]), .. App1([.. XmpJpegHeader, .. Encoding.UTF8.GetBytes(Xmp)]), .. jpeg[2..]];
    }

    /// <summary>A PNG with text, XMP and EXIF chunks after its header.</summary>
    public static byte[] Png(int width, int height)
    {
        var png = TestPhotos.Encoded(SKEncodedImageFormat.Png, width, height);
        const int AfterHeader = 8 + 25;
        return
        [
            .. png[..AfterHeader],
            .. PngChunk("tEXt", [.. "Author\0Jane Source"u8]),
            .. PngChunk("iTXt", [.. "XML:com.adobe.xmp\0\0\0\0\0"u8, .. Encoding.UTF8.GetBytes(Xmp)]),
            .. PngChunk("eXIf", Exif(orientation: 1)),
            .. png[AfterHeader..],
        ];
    }

    /// <summary>An extended WebP (a VP8X header) with EXIF and XMP chunks beside its picture.</summary>
    public static byte[] WebP(int width, int height)
    {
        var webp = TestPhotos.Encoded(SKEncodedImageFormat.Webp, width, height);
        var header = new byte[10];
        header[0] = 0x08 | 0x04; // EXIF and XMP present
        WriteUInt24(header.AsSpan(4), width - 1);
        WriteUInt24(header.AsSpan(7), height - 1);
        byte[] chunks = [.. RiffChunk("VP8X", header), .. webp[12..], .. RiffChunk("EXIF", Exif(orientation: 1)), .. RiffChunk("XMP ", Encoding.UTF8.GetBytes(Xmp))];
        var riffSize = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(riffSize, 4 + chunks.Length);
        return [.. "RIFF"u8, .. riffSize, .. "WEBP"u8, .. chunks];
    }

    /// <summary>The markers of a JPEG's segments before its image data (APP0 = 0xE0, APP1 = 0xE1, …).</summary>
    public static IReadOnlyList<byte> JpegMarkers(byte[] jpeg)
    {
        var markers = new List<byte>();
        for (var at = 2; at + 4 <= jpeg.Length && jpeg[at] == 0xFF; at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2)))
        {
            markers.Add(jpeg[at + 1]);
            if (jpeg[at + 1] == 0xDA)
            {
                break;
            }
        }

        return markers;
    }

    /// <summary>The types of a PNG's chunks, in order.</summary>
    public static IReadOnlyList<string> PngChunks(byte[] png) => Chunks(png, 8, bigEndian: true, extra: 4);

    /// <summary>The types of a WebP's chunks, in order.</summary>
    public static IReadOnlyList<string> WebPChunks(byte[] webp) => Chunks(webp, 12, bigEndian: false, extra: 0);

    private static List<string> Chunks(byte[] file, int start, bool bigEndian, int extra)
    {
        var types = new List<string>();
        for (var at = start; at + 8 <= file.Length;)
        {
            var size = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at)) : BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(at + 4));
            types.Add(Encoding.ASCII.GetString(file, bigEndian ? at + 4 : at, 4));
            at += 8 + size + extra + (bigEndian ? 0 : size % 2);
        }

        return types;
    }

    /// <summary>
    /// EXIF's TIFF structure, little-endian: the main directory names the camera, its software, its owner and the
    /// orientation, and points to a GPS directory holding a latitude and longitude in Kyiv.
    /// </summary>
    private static byte[] Exif(int orientation)
    {
        const ushort Ascii = 2, Short = 3, Long = 4, Rational = 5;
        byte[] Main(int gpsAt) => Directory(8,
        [
            (0x010F, Ascii, [.. "NewsCam X100\0"u8]),
            (0x0112, Short, [(byte)orientation, 0]),
            (0x0131, Ascii, [.. "PhotoFixer 9\0"u8]),
            (0x013B, Ascii, [.. "Jane Source\0"u8]),
            (0x8825, Long, BitConverter.GetBytes(gpsAt)),
        ]);
        var gpsAt = 8 + Main(0).Length;
        var gps = Directory(gpsAt,
        [
            (0x0001, Ascii, [.. "N\0"u8]),
            (0x0002, Rational, Rationals(50, 27, 0)),
            (0x0003, Ascii, [.. "E\0"u8]),
            (0x0004, Rational, Rationals(30, 31, 0)),
        ]);
        return [.. "II*\0"u8, .. BitConverter.GetBytes(8), .. Main(gpsAt), .. gps];
    }

    /// <summary>A TIFF directory that starts at <paramref name="at"/>: its entries, then the values too long to fit in one.</summary>
    private static byte[] Directory(int at, (ushort Tag, ushort Type, byte[] Value)[] entries)
    {
        var dataAt = at + 2 + (12 * entries.Length) + 4;
        var head = new List<byte>(BitConverter.GetBytes((ushort)entries.Length));
        var data = new List<byte>();
        foreach (var (tag, type, value) in entries)
        {
            var count = type switch { 3 => value.Length / 2, 4 => value.Length / 4, 5 => value.Length / 8, _ => value.Length };
            head.AddRange([.. BitConverter.GetBytes(tag), .. BitConverter.GetBytes(type), .. BitConverter.GetBytes(count)]);
            if (value.Length <= 4)
            {
                head.AddRange([.. value, .. new byte[4 - value.Length]]);
            }
            else
            {
                head.AddRange(BitConverter.GetBytes(dataAt + data.Count));
                data.AddRange(value);
                if (data.Count % 2 == 1)
                {
                    data.Add(0);
                }
            }
        }

        head.AddRange(BitConverter.GetBytes(0)); // no next directory
        return [.. head, .. data];
    }

    private static byte[] Rationals(params int[] numerators) =>
        [.. numerators.SelectMany(numerator => BitConverter.GetBytes(numerator).Concat(BitConverter.GetBytes(1)))];

    private static byte[] App1(byte[] payload)
    {
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        return [0xFF, 0xE1, .. length, .. payload];
    }

    private static byte[] PngChunk(string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typeAndData));
        return [.. length, .. typeAndData, .. crc];
    }

    private static byte[] RiffChunk(string type, byte[] data)
    {
        var size = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(size, data.Length);
        return [.. Encoding.ASCII.GetBytes(type), .. size, .. data, .. new byte[data.Length % 2]];
    }

    private static void WriteUInt24(Span<byte> target, int value)
    {
        target[0] = (byte)value;
        target[1] = (byte)(value >> 8);
        target[2] = (byte)(value >> 16);
    }
}
