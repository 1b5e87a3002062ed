using SkiaSharp;

namespace NewsPortal.Web.Media;

/// <summary>
/// Makes a photo anew from its pixels alone. A camera's file carries more than the picture: where it was taken (GPS),
/// the camera's serial number, its owner's name, the software, a thumbnail of the uncropped original. None of that
/// survives a decode and re-encode, so no reader can learn where a source was photographed. The orientation the
/// camera recorded is applied to the pixels first, so the picture still stands the right way up without it.
/// </summary>
public static class PhotoPixels
{
    // High enough that a re-encoded news photo shows no new artefacts, well below the size of "maximum" quality.
    private const int JpegQuality = 88;

    /// <summary>
    /// The photo, upright and with nothing but its pixels, in its own format (JPEG, PNG losslessly, WebP), and at most
    /// <paramref name="width"/> pixels wide when one is given. Null when the bytes do not decode.
    /// </summary>
    public static byte[]? Reencode(byte[] bytes, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec is null ? null : Reencode(codec, width);
    }

    /// <inheritdoc cref="Reencode(byte[], int?)"/>
    public static byte[]? Reencode(SKCodec codec, int? width)
    {
        ArgumentNullException.ThrowIfNull(codec);
        using var decoded = Decode(codec, width);
        if (decoded is null)
        {
            return null;
        }

        using var turned = Turned(decoded, codec.EncodedOrigin);
        var upright = turned ?? decoded;
        var target = width is { } wanted && wanted < upright.Width
            ? new SKSizeI(wanted, HeightAt(wanted, upright.Width, upright.Height))
            : new SKSizeI(upright.Width, upright.Height);
        using var resized = target.Width == upright.Width ? null : upright.Resize(target, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return Encode(resized ?? upright, codec.EncodedFormat);
    }

    /// <summary>How tall a copy <paramref name="width"/> wide of a photo of the given size is made.</summary>
    public static int HeightAt(int width, int photoWidth, int photoHeight) =>
        Math.Max(1, (int)Math.Round((double)photoHeight * width / photoWidth));

    /// <summary>The photo's size as a reader sees it: its orientation applied.</summary>
    public static SKSizeI UprightSize(SKCodec codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        return TurnsSideways(codec.EncodedOrigin) ? new SKSizeI(codec.Info.Height, codec.Info.Width) : codec.Info.Size;
    }

    private static bool TurnsSideways(SKEncodedOrigin origin) => origin >= SKEncodedOrigin.LeftTop;

    /// <summary>
    /// Decodes into sRGB, at the smallest scale the decoder offers (JPEG by eighths) that is still at least as large as
    /// <paramref name="width"/> needs, so a small copy of a large photo never holds all of its pixels.
    /// </summary>
    private static SKBitmap? Decode(SKCodec codec, int? width)
    {
        var upright = UprightSize(codec);
        var size = width is { } wanted && wanted < upright.Width
            ? codec.GetScaledDimensions((float)wanted / upright.Width)
            : codec.Info.Size;
        if (TurnsSideways(codec.EncodedOrigin) ? size.Height < width : size.Width < width)
        {
            size = codec.Info.Size;
        }

        // Unpremultiplied, so that a PNG's semi-transparent pixels come back exactly as they were.
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul;
        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb()));
        if (codec.GetPixels(bitmap.Info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>
    /// The pixels turned and mirrored as the camera's orientation says, so that they need it no longer; null when they
    /// stand upright as stored.
    /// </summary>
    private static SKBitmap? Turned(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var (w, h) = ((float)bitmap.Width, (float)bitmap.Height);
        // Each maps a stored pixel (x, y) to where a reader sees it.
        SKMatrix? turn = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => null,
        };
        if (turn is not { } matrix)
        {
            return null;
        }

        var size = TurnsSideways(origin) ? new SKSizeI(bitmap.Height, bitmap.Width) : new SKSizeI(bitmap.Width, bitmap.Height);
        // A canvas draws only into premultiplied pixels; an opaque photo, nearly every one, loses nothing by it.
        var alpha = bitmap.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var turned = new SKBitmap(bitmap.Info.WithSize(size).WithAlphaType(alpha));
        using var canvas = new SKCanvas(turned);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(bitmap, 0, 0, SKSamplingOptions.Default, null);
        return turned;
    }

    private static byte[]? Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        // The pixels are sRGB already; left untagged, browsers take them as sRGB, and no colour profile is written.
        using var pixmap = new SKPixmap(bitmap.Info.WithColorSpace(null), bitmap.GetPixels(), bitmap.RowBytes);
        using var data = format switch
        {
            SKEncodedImageFormat.Jpeg => pixmap.Encode(new SKJpegEncoderOptions(JpegQuality)),
            SKEncodedImageFormat.Png => pixmap.Encode(SKPngEncoderOptions.Default),
            SKEncodedImageFormat.Webp => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, JpegQuality)),
            _ => null,
        };
        return data?.ToArray();
    }
}
