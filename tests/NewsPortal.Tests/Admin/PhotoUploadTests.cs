using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Media;
using SkiaSharp;

namespace NewsPortal.Tests.Admin;

public class PhotoUploadTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    // The smallest valid PNG: one transparent pixel.
    internal static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private async Task<HttpResponseMessage> UploadAsync(string fileName, byte[] bytes)
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        return await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = $"Photo story {Guid.NewGuid():N}", ["Draft.PhotoAltText"] = "A harbour crane" }, "Save", ("PhotoFile", fileName, bytes));
    }

    [Theory]
    [InlineData("photo.png")]
    [InlineData("../../../etc/passwd.png")]
    [InlineData("..\\..\\evil.png")]
    [InlineData("photo.html")]
    public async Task APngIsStoredUnderAServerMadeNameWhateverItWasCalled(string fileName)
    {
        using var response = await UploadAsync(fileName, Png);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {(await response.ParseAsync()).QuerySelector(".form-errors")?.TextContent}");

        var editor = await app.SignedInAsync(Roles.Editor);
        var form = await editor.GetPageAsync(response.Headers.Location!.OriginalString);
        var src = form.QuerySelector(".editor__photo")!.GetAttribute("src")!;
        Assert.Matches("^/media/[0-9a-f]{32}\\.png$", src);

        using var image = await app.CreateReader().GetAsync(new Uri(src, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        // Made anew from its pixels (see PhotoMetadataTests), and losslessly.
        using var stored = SKBitmap.Decode(await image.Content.ReadAsByteArrayAsync());
        using var uploaded = SKBitmap.Decode(Png);
        Assert.Equal(uploaded.Pixels, stored.Pixels);
    }

    [Theory]
    [InlineData("photo.jpg", "<html><script>alert(1)</script></html>")]
    [InlineData("photo.png", "GIF89a not a png")]
    [InlineData("photo.webp", "RIFF....WAVE")]
    [InlineData("photo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    public async Task AnythingButJpegPngOrWebpIsRefusedWithAMessage(string fileName, string content)
    {
        using var response = await UploadAsync(fileName, Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("Only JPEG, PNG or WebP photos can be uploaded", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.StartsWith("Photo story", page.QuerySelector("#Draft_Headline")!.GetAttribute("value"), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> BrokenOrHugePhotos => new()
    {
        { "signature-then-html.png", TestPhotos.PngSignatureThenHtml, "it starts as a PNG file but is damaged or incomplete" },
        { "half.png", TestPhotos.Truncated(TestPhotos.Png, TestPhotos.Png.Length / 2), "it starts as a PNG file but is damaged or incomplete" },
        { "twenty-bytes.png", TestPhotos.Truncated(TestPhotos.Png, 20), "it starts as a PNG file but is damaged or incomplete" },
        { "half.jpg", TestPhotos.Truncated(TestPhotos.Encoded(SKEncodedImageFormat.Jpeg), 3_000), "it starts as a JPEG file but is damaged or incomplete" },
        { "bomb.png", TestPhotos.DecompressionBomb, "The photo is 30,000 × 30,000 pixels; the site takes photos of at most 12,000 pixels a side and 50 megapixels." },
        { "claims-the-most.png", TestPhotos.PngClaiming(int.MaxValue, int.MaxValue), "it starts as a PNG file but is damaged or incomplete" },
    };

    [Theory]
    [MemberData(nameof(BrokenOrHugePhotos))]
    public async Task ABrokenOrHugePhotoIsRefusedWithAMessageTheFormIsKeptAndNothingIsStored(string fileName, byte[] bytes, string message)
    {
        var folder = app.Services.GetRequiredService<PhotoStore>().Folder;
        var stored = Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;
        var editor = await app.SignedInAsync(Roles.Editor);

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = "A photo that is not one", ["Draft.PhotoAltText"] = "A harbour crane" }, "Save", ("PhotoFile", fileName, bytes));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains(message, page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("A photo that is not one", page.QuerySelector("#Draft_Headline")!.GetAttribute("value"));
        Assert.Equal("A harbour crane", page.QuerySelector("#Draft_PhotoAltText")!.GetAttribute("value"));
        Assert.Equal(stored, Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "jpg", "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Webp, "webp", "image/webp")]
    public async Task AWholeJpegOrWebpIsStoredAndServedInItsOwnFormatAndSize(SKEncodedImageFormat format, string extension, string mediaType)
    {
        var photo = TestPhotos.Encoded(format);

        using var response = await UploadAsync($"photo.{extension}", photo);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {(await response.ParseAsync()).QuerySelector(".form-errors")?.TextContent}");

        var editor = await app.SignedInAsync(Roles.Editor);
        var form = await editor.GetPageAsync(response.Headers.Location!.OriginalString);
        var src = form.QuerySelector(".editor__photo")!.GetAttribute("src")!;
        Assert.Matches($"^/media/[0-9a-f]{{32}}\\.{extension}$", src);
        using var image = await app.CreateReader().GetAsync(new Uri(src, UriKind.Relative));
        Assert.Equal(mediaType, image.Content.Headers.ContentType?.MediaType);
        var stored = await image.Content.ReadAsByteArrayAsync();
        using var codec = SKCodec.Create(SKData.CreateCopy(stored));
        Assert.Equal((format, 320, 200), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public async Task AnOversizedPhotoIsRefusedWithAMessage()
    {
        var huge = new byte[6 * 1024 * 1024];
        Png.CopyTo(huge, 0);

        using var response = await UploadAsync("big.png", huge);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The photo is 6 MB, larger than the 5 MB the site takes.", (await response.ParseAsync()).Text(".form-errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APhotoIsRefusedWithAMessageWhenTheDiskIsNearlyFullAndNothingIsWritten()
    {
        // More free space than any disk has: this disk is "nearly full" by that measure.
        using var site = new NewsPortalFactory().With("Media:MinFreeDiskMegabytes", (1024 * 1024 * 1024).ToString(CultureInfo.InvariantCulture));
        var folder = site.Services.GetRequiredService<PhotoStore>().Folder;
        var editor = await site.SignedInAsync(Roles.Editor);

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = "A photo with nowhere to go" }, "Save", ("PhotoFile", "photo.png", Png));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("The server is short of disk space, so the photo was not stored.", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("A photo with nowhere to go", page.QuerySelector("#Draft_Headline")!.GetAttribute("value"));
        Assert.Empty(Directory.EnumerateFiles(folder));
    }

    [Fact]
    public async Task PastItsPhotosPerMinuteAPersonsPhotoIsRefusedWithAMessageAndOthersStillUpload()
    {
        using var site = new NewsPortalFactory().With("Media:PhotosPerMinute", "2");
        var folder = site.Services.GetRequiredService<PhotoStore>().Folder;
        var editor = await site.SignedInAsync(Roles.Editor);
        var colleague = await site.SignedInAsync(Roles.Editor);
        Task<HttpResponseMessage> UploadAsync(HttpClient person, string headline) => person.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = headline, ["Draft.PhotoAltText"] = "A harbour crane" }, "Save", ("PhotoFile", "photo.png", Png));

        using var first = await UploadAsync(editor, "First photo story");
        using var second = await UploadAsync(editor, "Second photo story");
        using var third = await UploadAsync(editor, "Third photo story");
        using var colleagues = await UploadAsync(colleague, "A colleague's photo story");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, third.StatusCode);
        var page = await third.ParseAsync();
        Assert.Contains("you have uploaded 2 photos in the last minute", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("Third photo story", page.QuerySelector("#Draft_Headline")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, colleagues.StatusCode);
        Assert.Equal(3, Directory.EnumerateFiles(folder).Count());
    }

    [Fact]
    public async Task APhotoRefusedForItsSizeDoesNotCountTowardsThePhotosPerMinute()
    {
        using var site = new NewsPortalFactory().With("Media:PhotosPerMinute", "1").With("Media:MaxPhotoBytes", "1024");
        var editor = await site.SignedInAsync(Roles.Editor);
        Task<HttpResponseMessage> UploadAsync(string headline, byte[] photo) => editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = headline, ["Draft.PhotoAltText"] = "A harbour crane" }, "Save", ("PhotoFile", "photo.png", photo));

        using var tooLarge = await UploadAsync("A story with a photo too large", [.. Png, .. new byte[2048]]);
        using var empty = await UploadAsync("A story with an empty photo", []);
        using var fitting = await UploadAsync("A story with a photo that fits", Png);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.StatusCode);
        Assert.Contains("larger than", (await tooLarge.ParseAsync()).Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fitting.StatusCode);
    }

    [Fact]
    public async Task MediaAddressesCannotReachOutsideTheMediaFolder()
    {
        foreach (var url in new[] { "/media/../appsettings.json", "/media/%2e%2e/appsettings.json", "/media/..%2fApp_Data%2fnewsportal.db" })
        {
            using var response = await app.CreateReader().GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
