using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Media;
using SkiaSharp;

namespace NewsPortal.Tests.Media;

/// <summary>
/// Readers' pages offer a stored photo's sized copies, so a phone downloads the one it needs, not the whole photo;
/// only the few widths offered can be asked for, and old photos and their addresses keep working.
/// </summary>
public class SizedPhotosTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    // The photo at the top is the page's largest paint: fetched before the page's other files, it shows sooner.
    [Fact]
    public async Task ThePhotoThatOpensAStoryAndTheFrontPageIsFetchedFirst()
    {
        using var site = new NewsPortalFactory();
        var name = await TestPhotos.StoredAsync(site, TestPhotos.Encoded(SKEncodedImageFormat.Jpeg, 1200, 800), ".jpg");
        var story = await StoryWithPhotoAsync(site, "/media/" + name);
        var reader = site.CreateReader();

        var photo = (await reader.GetPageAsync($"/articles/{story.Id}/{story.Slug}")).QuerySelector("article.story figure img");
        var lead = (await reader.GetPageAsync("/")).QuerySelector(".lead img");

        Assert.Equal("high", photo?.GetAttribute("fetchpriority"));
        Assert.Equal("high", lead?.GetAttribute("fetchpriority"));
    }

    [Fact]
    public async Task AStoryOffersTheCopiesNarrowerThanItsPhotoAndEachIsServedAtItsWidth()
    {
        using var site = new NewsPortalFactory();
        var name = await TestPhotos.StoredAsync(site, TestPhotos.Encoded(SKEncodedImageFormat.Jpeg, 1200, 800), ".jpg");
        var story = await StoryWithPhotoAsync(site, "/media/" + name);

        var page = await site.CreateReader().GetPageAsync($"/articles/{story.Id}/{story.Slug}");

        var photo = page.QuerySelector("article.story figure img")!;
        Assert.Equal("/media/" + name, photo.GetAttribute("src"));
        Assert.Equal($"/media/480/{name} 480w, /media/960/{name} 960w, /media/{name} 1200w", photo.GetAttribute("srcset"));
        Assert.Equal(SizedPhotos.StoryColumn, photo.GetAttribute("sizes"));
        Assert.Equal(("1200", "800"), (photo.GetAttribute("width"), photo.GetAttribute("height")));
        Assert.Equal($"http://localhost/media/{name}", page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        var lead = (await site.CreateReader().GetPageAsync("/")).QuerySelector(".lead img")!;
        Assert.Equal(photo.GetAttribute("srcset"), lead.GetAttribute("srcset"));
        Assert.Equal(SizedPhotos.FrontLead, lead.GetAttribute("sizes"));

        foreach (var (width, height) in new[] { (480, 320), (960, 640) })
        {
            // Several readers at once get the same copy, made once.
            var copies = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => FetchAsync(site, $"/media/{width}/{name}", "image/jpeg")));
            Assert.All(copies, copy => Assert.Equal(copies[0], copy));
            using var picture = SKBitmap.Decode(copies[0]);
            Assert.Equal((width, height), (picture.Width, picture.Height));
            Assert.Equal(copies[0], await FetchAsync(site, $"/media/{width}/{name}", "image/jpeg"));
        }
    }

    [Fact]
    public async Task APhotoWiderThanTheWidestCopyOffersTheCopiesOnly()
    {
        var name = await TestPhotos.StoredAsync(app, TestPhotos.Encoded(SKEncodedImageFormat.Png, 2000, 500), ".png");
        var story = await StoryWithPhotoAsync(app, "/media/" + name);

        var photo = await StoryPhotoAsync(app, story);

        Assert.Equal($"/media/480/{name} 480w, /media/960/{name} 960w, /media/1600/{name} 1600w", photo.GetAttribute("srcset"));
        using var copy = SKBitmap.Decode(await FetchAsync(app, $"/media/1600/{name}", "image/png"));
        Assert.Equal((1600, 400), (copy.Width, copy.Height));
    }

    [Fact]
    public async Task APhotoStoredAsTheCameraMadeItGetsUprightCopiesWithoutItsMetadataAndKeepsItsAddress()
    {
        // A photo stored before uploads were made anew: its camera's EXIF says it was taken on its side.
        var name = await TestPhotos.StoredAsync(app, CameraPhotos.Jpeg(1200, 800, orientation: 6), ".jpg");
        var story = await StoryWithPhotoAsync(app, "/media/" + name);

        var photo = await StoryPhotoAsync(app, story);

        Assert.Equal($"/media/480/{name} 480w, /media/{name} 800w", photo.GetAttribute("srcset"));
        Assert.Equal(("800", "1200"), (photo.GetAttribute("width"), photo.GetAttribute("height")));
        var copy = await FetchAsync(app, $"/media/480/{name}", "image/jpeg");
        using var picture = SKBitmap.Decode(copy);
        Assert.Equal((480, 720), (picture.Width, picture.Height));
        Assert.All(CameraPhotos.Giveaways, giveaway => Assert.DoesNotContain(giveaway, Encoding.Latin1.GetString(copy), StringComparison.Ordinal));
        await FetchAsync(app, $"/media/{name}", "image/jpeg");
    }

    [Fact]
    public async Task ARemotePhotoIsShownAsItIsWithoutSizedCopies()
    {
        var story = await StoryWithPhotoAsync(app, "https://photos.example.org/wire/cranes.jpg");

        var photo = await StoryPhotoAsync(app, story);

        Assert.Equal("https://photos.example.org/wire/cranes.jpg", photo.GetAttribute("src"));
        Assert.False(photo.HasAttribute("srcset"));
        Assert.False(photo.HasAttribute("sizes"));
    }

    [Fact]
    public async Task OnlyTheOfferedWidthsOfAStoredPhotoNarrowerThanItCanBeAskedFor()
    {
        var name = await TestPhotos.StoredAsync(app, TestPhotos.Encoded(SKEncodedImageFormat.Jpeg, 1000, 500), ".jpg");
        string[] refused =
        [
            $"/media/500/{name}", $"/media/1/{name}", $"/media/0/{name}", $"/media/-480/{name}", $"/media/99999999999/{name}",
            $"/media/1600/{name}", // wider than the photo
            $"/media/480/{Guid.NewGuid():N}.jpg", $"/media/480/{Path.ChangeExtension(name, ".png")}", $"/media/480/{name}.jpg",
            "/media/480/README.txt", "/media/480/..%2fappsettings.json", "/media/480/%2e%2e%2f%2e%2e%2fappsettings.json",
            "/media/480/..", $"/media/480/{name}/x", $"/media/480/{name.ToUpperInvariant()}",
        ];

        foreach (var url in refused)
        {
            using var response = await app.CreateReader().GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }

        var folder = app.Services.GetRequiredService<PhotoStore>().Folder;
        Assert.All(new[] { "500", "1", "0", "1600" }, width => Assert.False(File.Exists(Path.Combine(folder, width, name)), width));
    }

    [Fact]
    public async Task TheUnusedPhotoSweepDeletesAPhotosSizedCopiesWithIt()
    {
        var name = await TestPhotos.StoredAsync(app, TestPhotos.Encoded(SKEncodedImageFormat.Jpeg, 1000, 500), ".jpg");
        await FetchAsync(app, $"/media/480/{name}", "image/jpeg");
        await FetchAsync(app, $"/media/960/{name}", "image/jpeg");
        var folder = app.Services.GetRequiredService<PhotoStore>().Folder;
        File.SetLastWriteTimeUtc(Path.Combine(folder, name), app.Time.GetUtcNow().UtcDateTime.AddDays(-3));

        Assert.Contains(name, await app.Services.GetRequiredService<UnusedPhotos>().DeleteAsync(CancellationToken.None));

        Assert.False(File.Exists(Path.Combine(folder, name)));
        Assert.False(File.Exists(Path.Combine(folder, "480", name)));
        Assert.False(File.Exists(Path.Combine(folder, "960", name)));
        using var gone = await app.CreateReader().GetAsync(new Uri($"/media/480/{name}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task APhotosSizeIsReadFromItsFileOnceAndForgottenWhenTheSweepDeletesThePhoto()
    {
        var name = await TestPhotos.StoredAsync(app, TestPhotos.Encoded(SKEncodedImageFormat.Jpeg, 1000, 500), ".jpg");
        var sized = app.Services.GetRequiredService<SizedPhotos>();
        var file = Path.Combine(app.Services.GetRequiredService<PhotoStore>().Folder, name);
        var first = sized.SourcesFor("/media/" + name);

        // Other pixels under the same name, which the store never does: a page rendered again does not open the file.
        await File.WriteAllBytesAsync(file, TestPhotos.Encoded(SKEncodedImageFormat.Jpeg, 600, 600));
        Assert.Equal(first, sized.SourcesFor("/media/" + name));
        Assert.Equal((1000, 500), (first!.Width, first.Height));

        File.SetLastWriteTimeUtc(file, app.Time.GetUtcNow().UtcDateTime.AddDays(-3));
        Assert.Contains(name, await app.Services.GetRequiredService<UnusedPhotos>().DeleteAsync(CancellationToken.None));
        Assert.Null(sized.SourcesFor("/media/" + name));
    }

    [Fact]
    public async Task WhileTheDiskIsNearlyFullNoCopyIsWrittenAndTheFullPhotoIsServedInstead()
    {
        using var site = new NewsPortalFactory().With("Media:MinFreeDiskMegabytes", (1024 * 1024 * 1024).ToString(CultureInfo.InvariantCulture));
        var name = await TestPhotos.StoredAsync(site, TestPhotos.Encoded(SKEncodedImageFormat.Jpeg, 1000, 500), ".jpg");

        using var response = await site.CreateReader().GetAsync(new Uri($"/media/480/{name}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/media/{name}", response.Headers.Location?.OriginalString);
        Assert.False(Directory.Exists(Path.Combine(site.Services.GetRequiredService<PhotoStore>().Folder, "480")));
    }

    private static async Task<NewsPortal.Web.Articles.Article> StoryWithPhotoAsync(NewsPortalFactory site, string url)
    {
        var story = await site.AddStoryAsync($"Cranes at the harbour {Guid.NewGuid():N}", NewsPortalFactory.SeedEvening.AddMinutes(-1));
        await site.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Photo.ImageUrl, url).SetProperty(a => a.Photo.AltText, "Cranes at the harbour")));
        return story;
    }

    private static async Task<IElement> StoryPhotoAsync(NewsPortalFactory site, NewsPortal.Web.Articles.Article story) =>
        (await site.CreateReader().GetPageAsync($"/articles/{story.Id}/{story.Slug}")).QuerySelector("article.story figure img")!;

    private static async Task<byte[]> FetchAsync(NewsPortalFactory site, string url, string mediaType)
    {
        using var response = await site.CreateReader().GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        return await response.Content.ReadAsByteArrayAsync();
    }
}
