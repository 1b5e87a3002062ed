using System.Globalization;
using System.Text;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Media;
using SkiaSharp;

namespace NewsPortal.Tests.Media;

public class PhotoContentTests
{
    private const int MaxMegapixels = 50;
    private const int MaxSide = 12_000;

    private static PhotoVerdict Check(byte[] bytes) => PhotoContent.Check(bytes, MaxMegapixels, MaxSide);

    private static void AssertDamaged(PhotoVerdict verdict, string format)
    {
        Assert.Null(verdict.Extension);
        Assert.Equal($"The photo could not be read: it starts as a {format} file but is damaged or incomplete. Export it again from the photo editor and upload the new file.", verdict.Problem);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, ".jpg")]
    [InlineData(SKEncodedImageFormat.Png, ".png")]
    [InlineData(SKEncodedImageFormat.Webp, ".webp")]
    public void AWholeJpegPngOrWebpIsAccepted(SKEncodedImageFormat format, string extension)
    {
        Assert.Equal(new PhotoVerdict(extension, null), Check(TestPhotos.Encoded(format)));
    }

    [Fact]
    public void APhotoAtTheCapsIsAccepted()
    {
        Assert.Equal(new PhotoVerdict(".png", null), PhotoContent.Check(TestPhotos.ZeroPng(4_000, 3_000), maxMegapixels: 12, maxSide: 4_000));
    }

    [Fact]
    public void ThePngSignatureFollowedByHtmlIsRefusedAsDamaged()
    {
        AssertDamaged(Check(TestPhotos.PngSignatureThenHtml), "PNG");
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "PNG")]
    [InlineData(SKEncodedImageFormat.Jpeg, "JPEG")]
    [InlineData(SKEncodedImageFormat.Webp, "WebP")]
    public void APhotoCutToHalfIsRefusedAsDamaged(SKEncodedImageFormat format, string name)
    {
        var photo = TestPhotos.Encoded(format);

        AssertDamaged(Check(TestPhotos.Truncated(photo, photo.Length / 2)), name);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "PNG")]
    [InlineData(SKEncodedImageFormat.Jpeg, "JPEG")]
    [InlineData(SKEncodedImageFormat.Webp, "WebP")]
    public void APhotoCutToTwentyBytesIsRefusedAsDamaged(SKEncodedImageFormat format, string name)
    {
        AssertDamaged(Check(TestPhotos.Truncated(TestPhotos.Encoded(format), 20)), name);
    }

    [Fact]
    public void AValidPngOfThirtyThousandPixelsASideIsRefusedForItsSizeWithoutBeingDecoded()
    {
        var bomb = TestPhotos.DecompressionBomb;
        Assert.InRange(bomb.Length, 1, 1024 * 1024);

        var started = TimeProvider.System.GetTimestamp();
        var verdict = Check(bomb);

        Assert.Null(verdict.Extension);
        Assert.Equal("The photo is 30,000 × 30,000 pixels; the site takes photos of at most 12,000 pixels a side and 50 megapixels. Save a smaller copy and upload that.", verdict.Problem);
        // Inflating its 900 million pixels would take seconds; reading its header takes nothing.
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(1), "The bomb was decoded.");
    }

    [Fact]
    public void APngClaimingTheLargestDimensionsIsRefused()
    {
        // The PNG decoder itself refuses a side over a million pixels, before the caps are asked.
        AssertDamaged(Check(TestPhotos.PngClaiming(int.MaxValue, int.MaxValue)), "PNG");
    }

    [Fact]
    public void APngClaimingThirtyThousandPixelsASideOverOneRowIsRefusedForItsSize()
    {
        var verdict = Check(TestPhotos.PngClaiming(30_000, 30_000));

        Assert.StartsWith("The photo is 30,000 × 30,000 pixels;", verdict.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12_001, 10)]
    [InlineData(10, 12_001)]
    public void APhotoLongerThanTheLongestSideIsRefusedForItsSize(int width, int height)
    {
        var verdict = Check(TestPhotos.ZeroPng(width, height));

        Assert.Null(verdict.Extension);
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"The photo is {width:N0} × {height:N0} pixels;"), verdict.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void APhotoOverTheMegapixelsIsRefusedEvenWithinTheLongestSide()
    {
        var verdict = PhotoContent.Check(TestPhotos.ZeroPng(3_000, 2_000), maxMegapixels: 5, maxSide: MaxSide);

        Assert.StartsWith("The photo is 3,000 × 2,000 pixels;", verdict.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("GIF89a not a png")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("just some text")]
    public void AnythingButJpegPngOrWebpIsStillRefusedAsNoneOfThem(string content)
    {
        Assert.Equal(new PhotoVerdict(null, PhotoContent.NotAPhoto), Check(Encoding.UTF8.GetBytes(content)));
    }
}
