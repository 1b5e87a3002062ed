using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Media;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>
/// A photo over the site's limit is turned away the moment it is chosen, beside the file field, and taken out of the
/// form: sending it would only be refused, and the story's text can be saved without it.
/// </summary>
[Collection(NewsroomSuite.Name)]
public sealed class EditorIsToldAtOnceThePhotoIsTooLargeTests(BrowserSite site)
{
    [Fact]
    public async Task APhotoOverTheLimitIsTurnedAwayBesideTheFileFieldAndTheStorySavesWithoutIt()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        var maxBytes = site.Services.GetRequiredService<IOptions<MediaOptions>>().Value.MaxPhotoBytes;
        var largestPost = 0L;
        desk.Request += (_, request) => largestPost = Math.Max(largestPost, request.PostDataBuffer?.Length ?? 0);

        await desk.Locator("#Draft_Headline").FillAsync("Container ship runs aground off the breakwater");
        await desk.Locator("#Draft_Body").FillAsync("Tugs are standing by for the evening tide.");
        await desk.Locator("#PhotoFile").SetInputFilesAsync(new FilePayload
        {
            Name = "camera.png",
            MimeType = "image/png",
            // A picture, then padding: just over the limit, which must not read as the limit itself.
            Buffer = [.. PngPicture.Harbour(320, 180), .. new byte[maxBytes]],
        });

        await Expect(desk.Locator("#PhotoFile-problem")).ToBeVisibleAsync();
        await Expect(desk.Locator("#PhotoFile-problem")).ToHaveTextAsync(
            "The photo camera.png is 5.1 MB, larger than the 5 MB the site takes, so it was not added. Save a smaller copy and choose that; the rest of the story can be saved now.");
        Assert.Equal(0, await desk.Locator("#PhotoFile").EvaluateAsync<int>("input => input.files.length"));
        await newsroom.ScreenshotAsync("photo-too-large");

        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("Saved.");
        await Expect(desk.Locator("#Draft_Headline")).ToHaveValueAsync("Container ship runs aground off the breakwater");
        await Expect(desk.Locator("img.editor__photo")).ToHaveCountAsync(0);
        Assert.InRange(largestPost, 1, maxBytes);
        newsroom.SawNoErrors();
    }
}
