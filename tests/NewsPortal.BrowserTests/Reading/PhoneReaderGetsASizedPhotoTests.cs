using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>A reader on a phone gets a story's photo as a copy sized for the screen, not the photo the editor uploaded.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class PhoneReaderGetsASizedPhotoTests(BrowserSite site)
{
    [Fact]
    public async Task ThePhotoOnAStoryLoadsAsASizedCopy()
    {
        // A site of its own, so that this story crowds no other test's front page.
        using var server = new PortalServer();
        var address = server.Start();
        var storyUrl = await PublishWithPhotoAsync(server, PngPicture.Harbour(1200, 800));
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            ViewportSize = BrowserSite.Phone,
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync(storyUrl);

        var photo = page.Locator("article.story figure img");
        await Expect(photo).ToBeVisibleAsync();
        await Expect(photo).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await photo.EvaluateAsync<int>("img => img.naturalWidth") > 0, "The photo did not load.");
        // 375 CSS pixels at twice the density want 750 pixels: the 960 copy, neither the 480 one nor the 1200 original.
        Assert.Matches(SizedCopy(), await photo.EvaluateAsync<string>("img => img.currentSrc"));
        Assert.Empty(failed);
    }

    private static Task<string> PublishWithPhotoAsync(PortalServer server, byte[] png) =>
        PublishedStory.PublishWithPhotoAsync(server, "Cranes at the harbour at dawn", "The harbour opened at dawn.", png, "Cranes over a calm sea");

    [GeneratedRegex("/media/960/[0-9a-f]{32}\\.png$")]
    private static partial Regex SizedCopy();
}
