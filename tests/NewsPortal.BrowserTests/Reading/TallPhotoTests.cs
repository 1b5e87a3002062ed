using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>
/// A photo far taller than it is wide (a tower, a scroll, a phone's screenshot) is shown whole on one screen, as the
/// story's photo or as a picture in its body.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class TallPhotoTests(BrowserSite site)
{
    [Fact]
    public async Task ATallPhotoFitsTheScreenWholeInsteadOfRunningSeveralScreensDown()
    {
        // A site of its own, so that this story crowds no other test's front page.
        using var server = new PortalServer();
        var address = server.Start();
        var storyUrl = await PublishWithPhotoAsync(server, PngPicture.Harbour(300, 4000));
        var problems = new List<string>();

        foreach (var screen in new[] { BrowserSite.Desktop, BrowserSite.Phone })
        {
            await using var reader = await site.OpenReaderAsync(screen, address);
            await reader.Page.GotoAsync(storyUrl);
            var photo = reader.Page.Locator("article.story figure img");
            await Expect(photo).ToHaveJSPropertyAsync("complete", true);
            await reader.ScreenshotAsync($"tall-photo-{screen.Width}");

            var shown = await photo.BoundingBoxAsync() ?? throw new InvalidOperationException("The photo is not shown.");
            if (shown.Height > screen.Height)
            {
                problems.Add($"On a {screen.Width}x{screen.Height} screen the photo is drawn {shown.Width:0}x{shown.Height:0}.");
            }

            // Held to the screen's height by being scaled down whole, not by being cut.
            var fit = await photo.EvaluateAsync<string>("img => getComputedStyle(img).objectFit");
            if (fit is not ("contain" or "scale-down"))
            {
                problems.Add($"On a {screen.Width}px screen the photo is fitted by object-fit: {fit}, which crops or stretches it.");
            }

            reader.SawNoErrors();
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task ATallPictureInTheBodyFitsTheScreenKeepingItsShape()
    {
        using var server = new PortalServer();
        var address = server.Start();
        var storyUrl = await PublishedStory.PublishAsync(server, "The tower from below",
            "The tower opened today.\n\n![A slender tower against the sky](https://photos.example/tower.png)");
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), ViewportSize = BrowserSite.Desktop });
        // The picture's host, answered here: a test never reaches the internet.
        var tower = PngPicture.Harbour(300, 4000);
        await context.RouteAsync("https://photos.example/**", route => route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = tower }));
        var page = await context.NewPageAsync();

        await page.GotoAsync(storyUrl);
        var picture = page.Locator(".story__body img");
        await Expect(picture).ToHaveJSPropertyAsync("complete", true);

        var shown = await picture.BoundingBoxAsync() ?? throw new InvalidOperationException("The picture is not shown.");
        Assert.True(shown.Height <= BrowserSite.Desktop.Height, $"The picture is drawn {shown.Width:0}x{shown.Height:0} on a {BrowserSite.Desktop.Width}x{BrowserSite.Desktop.Height} screen.");
        Assert.Equal(300.0 / 4000, shown.Width / shown.Height, tolerance: 0.005);
    }

    private static Task<string> PublishWithPhotoAsync(PortalServer server, byte[] png) =>
        PublishedStory.PublishWithPhotoAsync(server, "The new television tower, floor by floor", "The tower opened today.", png, "A slender tower against the sky");
}
