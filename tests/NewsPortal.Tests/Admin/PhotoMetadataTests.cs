using System.Net;
using System.Text;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using SkiaSharp;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// A photo reaches readers as its pixels only: the position where it was taken, the camera and its owner, written into
/// the file by the camera, are never stored, and the camera's orientation is applied so it still stands upright.
/// </summary>
public class PhotoMetadataTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task AJpegIsStoredWithoutItsExifOrXmpAndTurnedAsTheCameraSaid()
    {
        // Orientation 6: the camera was held on its side; the stored pixels must be turned a quarter clockwise.
        var upload = CameraPhotos.Jpeg(320, 200, orientation: 6);
        AssertCarriesMetadata(upload);
        Assert.Contains((byte)0xE1, CameraPhotos.JpegMarkers(upload));
        using (var codec = SKCodec.Create(SKData.CreateCopy(upload)))
        {
            Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin);
        }

        var stored = await UploadAndFetchAsync("camera.jpg", upload, "image/jpeg");

        AssertHoldsNoMetadata(stored);
        Assert.DoesNotContain((byte)0xE1, CameraPhotos.JpegMarkers(stored));
        Assert.DoesNotContain("Exif\0", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        Assert.DoesNotContain("http://ns.adobe.com/xap", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        using var codecAfter = SKCodec.Create(SKData.CreateCopy(stored));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codecAfter.EncodedFormat);
        Assert.Equal(SKEncodedOrigin.TopLeft, codecAfter.EncodedOrigin);
        using var picture = SKBitmap.Decode(stored);
        Assert.Equal((200, 320), (picture.Width, picture.Height));
        // The picture's bottom-left corner (no red, full green) is now at the top left.
        var corner = picture.GetPixel(4, 4);
        Assert.True(corner.Green > 200 && corner.Red < 60, $"The top-left corner is {corner}: the photo was not turned.");
    }

    [Fact]
    public async Task AnUprightJpegKeepsItsSize()
    {
        var stored = await UploadAndFetchAsync("camera.jpg", CameraPhotos.Jpeg(320, 200, orientation: 1), "image/jpeg");

        AssertHoldsNoMetadata(stored);
        using var picture = SKBitmap.Decode(stored);
        Assert.Equal((320, 200), (picture.Width, picture.Height));
    }

    [Fact]
    public async Task APngIsStoredWithoutItsTextXmpOrExifChunksAndWithEveryPixelAsItWas()
    {
        var upload = CameraPhotos.Png(64, 48);
        AssertCarriesMetadata(upload);
        Assert.Subset(CameraPhotos.PngChunks(upload).ToHashSet(), new HashSet<string> { "tEXt", "iTXt", "eXIf" });

        var stored = await UploadAndFetchAsync("camera.png", upload, "image/png");

        AssertHoldsNoMetadata(stored);
        Assert.Empty(CameraPhotos.PngChunks(stored).Intersect(["tEXt", "iTXt", "zTXt", "eXIf", "iCCP", "tIME"]));
        using var before = SKBitmap.Decode(upload);
        using var after = SKBitmap.Decode(stored);
        Assert.Equal(before.Pixels, after.Pixels);
    }

    [Fact]
    public async Task AWebPIsStoredAsAWebPWithoutItsExifOrXmpChunks()
    {
        var upload = CameraPhotos.WebP(64, 48);
        AssertCarriesMetadata(upload);
        Assert.Subset(CameraPhotos.WebPChunks(upload).ToHashSet(), new HashSet<string> { "VP8X", "EXIF", "XMP " });

        var stored = await UploadAndFetchAsync("camera.webp", upload, "image/webp");

        AssertHoldsNoMetadata(stored);
        Assert.Empty(CameraPhotos.WebPChunks(stored).Intersect(["EXIF", "XMP ", "ICCP"]));
        using var picture = SKBitmap.Decode(stored);
        Assert.Equal((64, 48), (picture.Width, picture.Height));
    }

    private static void AssertCarriesMetadata(byte[] photo)
    {
        var text = Encoding.Latin1.GetString(photo);
        Assert.All(CameraPhotos.Giveaways, giveaway => Assert.Contains(giveaway, text, StringComparison.Ordinal));
    }

    private static void AssertHoldsNoMetadata(byte[] photo)
    {
        var text = Encoding.Latin1.GetString(photo);
        Assert.All(CameraPhotos.Giveaways, giveaway => Assert.DoesNotContain(giveaway, text, StringComparison.Ordinal));
    }

    /// <summary>Uploads the photo with a new story and returns the file readers are served for it.</summary>
    private async Task<byte[]> UploadAndFetchAsync(string fileName, byte[] photo, string mediaType)
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        using var saved = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = $"Photo from the front {Guid.NewGuid():N}", ["Draft.PhotoAltText"] = "A checkpoint" }, "Save", ("PhotoFile", fileName, photo));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode}: {(await saved.ParseAsync()).QuerySelector(".form-errors")?.TextContent}");
        var form = await editor.GetPageAsync(saved.Headers.Location!.OriginalString);
        var src = form.QuerySelector("#Draft_PhotoUrl")!.GetAttribute("value")!;

        using var served = await app.CreateReader().GetAsync(new Uri(src, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(mediaType, served.Content.Headers.ContentType?.MediaType);
        return await served.Content.ReadAsByteArrayAsync();
    }
}
