using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Media;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// "Remove the photo" takes a story's photo off it, with the words that belong to the photo, as an ordinary edit: the
/// history keeps the version with the photo, and the file goes once nothing names it, as a replaced photo's does.
/// </summary>
public class RemovePhotoTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    private static readonly string[] PhotoFields = ["Draft.PhotoUrl", "Draft.PhotoCaption", "Draft.PhotoAltText", "Draft.PhotoCredit", "Draft.PhotoCreditUrl"];

    private async Task<(HttpClient Editor, string EditUrl, string StoryUrl)> PublishWithPhotoAsync(string headline, string slug)
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        using var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", new()
        {
            ["Draft.Headline"] = headline,
            ["Draft.Body"] = "The cranes were back on the quay by noon.",
            ["Draft.PhotoCaption"] = "Cranes at dawn",
            ["Draft.PhotoAltText"] = "Three harbour cranes against the sky",
            ["Draft.PhotoCredit"] = "Port press office",
            ["Draft.PhotoCreditUrl"] = "https://port.example/press",
        }, "Publish", ("PhotoFile", "cranes.png", PhotoUploadTests.Png));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var editUrl = published.Headers.Location!.OriginalString;
        return (editor, editUrl, $"/articles/{editUrl.Split('/')[3]}/{slug}");
    }

    [Fact]
    public async Task RemovingThePhotoTakesItAndItsCaptionAndCreditOffTheLiveStory()
    {
        var (editor, editUrl, storyUrl) = await PublishWithPhotoAsync("Cranes return to the harbour", "cranes-return-to-the-harbour");
        var reader = app.CreateReader();
        Assert.NotNull((await reader.GetPageAsync(storyUrl)).QuerySelector(".story__photo img")); // and the page is in the cache now
        var form = await editor.GetPageAsync(editUrl);
        Assert.False(form.QuerySelector("#RemovePhoto")!.HasAttribute("checked"));

        using var removed = await editor.SubmitFormAsync(form, editUrl, "form.editor__form", new() { ["RemovePhoto"] = "true" }, "Save");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var story = await reader.GetPageAsync(storyUrl);
        Assert.Null(story.QuerySelector(".story__photo"));
        Assert.Equal("The cranes were back on the quay by noon.", story.Text(".story__body p"));
        var edited = await editor.GetPageAsync(editUrl);
        Assert.Null(edited.QuerySelector("img.editor__photo"));
        Assert.Null(edited.QuerySelector("#RemovePhoto"));
        Assert.All(PhotoFields, name => Assert.Equal("", edited.QuerySelector($"[name='{name}']")!.GetAttribute("value") ?? ""));
        Assert.Equal("Upload a photo (JPEG, PNG or WebP, at most 5 MB)", edited.Text("label[for='PhotoFile']"));

        var history = await editor.GetPageAsync(editUrl.Replace("/edit", "/history", StringComparison.Ordinal));
        Assert.Equal(["2", "1"], history.Texts("table tbody tr td:first-child"));
        Assert.Equal("updated the live story", history.Texts("table tbody tr td:nth-child(4)")[0]);
        Assert.Contains("- Photo caption: Cranes at dawn", history.Texts(".diff__line--removed"));
        Assert.Contains("+ Photo caption:", history.Texts(".diff__line--added"));
    }

    [Fact]
    public async Task APreviewWithRemoveTickedShowsTheStoryWithoutThePhotoAndNothingIsSaved()
    {
        var (editor, editUrl, storyUrl) = await PublishWithPhotoAsync("Cranes idle in the fog", "cranes-idle-in-the-fog");

        using var preview = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["RemovePhoto"] = "true" }, "Preview");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await preview.ParseAsync();
        Assert.Null(page.QuerySelector("#Preview .story__photo"));
        Assert.Equal("", page.QuerySelector("#Draft_PhotoCaption")!.GetAttribute("value") ?? "");
        Assert.NotNull((await app.CreateReader().GetPageAsync(storyUrl)).QuerySelector(".story__photo img"));
    }

    [Fact]
    public async Task ARemovedPhotoIsKeptWhileTheHistoryNamesItAndDeletedWithTheStory()
    {
        var (editor, editUrl, _) = await PublishWithPhotoAsync("Cranes sold for scrap", "cranes-sold-for-scrap");
        var photo = (await editor.GetPageAsync(editUrl)).QuerySelector("#Draft_PhotoUrl")!.GetAttribute("value")!;
        using (var removed = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["RemovePhoto"] = "true" }, "Save"))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        var file = Path.Combine(app.Services.GetRequiredService<PhotoStore>().Folder, Path.GetFileName(photo));
        File.SetLastWriteTimeUtc(file, app.Time.GetUtcNow().UtcDateTime.AddDays(-30));
        var sweep = app.Services.GetRequiredService<UnusedPhotos>();

        Assert.DoesNotContain(Path.GetFileName(photo), await sweep.DeleteAsync(CancellationToken.None));
        Assert.True(File.Exists(file)); // restoring the first revision brings it back

        using (var deleted = await editor.SubmitFormAsync(editUrl, ".danger-zone form", Stories.DeleteConfirmed))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Contains(Path.GetFileName(photo), await sweep.DeleteAsync(CancellationToken.None));
        Assert.False(File.Exists(file));
    }
}
