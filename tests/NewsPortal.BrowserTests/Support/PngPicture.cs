using NewsPortal.TestVectors;

namespace NewsPortal.BrowserTests.Support;

/// <summary>
/// Real PNG files made in memory, so an upload test needs neither an image file in the repository nor an
/// imaging library.
/// </summary>
public static class PngPicture
{
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

        return PngFile.Make(width, height, PngFile.Rgb, PngFile.Compress(pixels));
    }
}
