using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>The story form shows its photo as a small picture, whatever its shape, so the fields under it stay in reach.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class EditorSeesATallPhotoWholeTests(BrowserSite site)
{
    [Fact]
    public async Task ATallPhotoOnTheStoryFormIsAsSmallAsAWideOne()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        await desk.Locator("#Draft_Headline").FillAsync("The new television tower, floor by floor");
        await desk.Locator("#Draft_Body").FillAsync("The tower opened today.");
        await NewsroomDesk.ChoosePhotoAsync(desk, 300, 4000);

        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();

        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("Saved.");
        var photo = desk.Locator("img.editor__photo");
        await Expect(photo).ToHaveJSPropertyAsync("complete", true);
        await newsroom.ScreenshotAsync("tall-photo-on-the-form");
        var shown = await photo.BoundingBoxAsync() ?? throw new InvalidOperationException("The form shows no photo.");
        // A wide photo is shown at most 16rem (256px) wide; a tall one no taller.
        Assert.True(shown.Height <= 256, $"The form shows the photo {shown.Width:0}x{shown.Height:0}.");
        Assert.Equal(300.0 / 4000, shown.Width / shown.Height, tolerance: 0.005);
        newsroom.SawNoErrors();
    }
}
