using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>A video in a story plays in the page, under the site's own Content-Security-Policy, and prints as its link.</summary>
[Collection(BrowserSuite.Name)]
public sealed class VideoStoryTests(BrowserSite site)
{
    [Fact]
    public async Task AStorysVideoPlayerLoadsIn16By9UnderTheSitesPolicy()
    {
        using var server = new PortalServer();
        var storyUrl = await VideoStory.PublishAsync(server);
        await using var reader = await site.OpenReaderAsync(server: server.Start());
        var page = reader.Page;
        // The player's own page stands in for YouTube's, so that nothing leaves the machine; the page's CSP still
        // decides whether the frame may load it, and a refusal would be a console error.
        await page.RouteAsync(VideoStory.Player, route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html; charset=utf-8",
            Body = "<!doctype html><html lang=\"en\"><title>Player</title><p>Playing</p></html>",
        }));

        await page.GotoAsync(storyUrl);

        await Expect(page.FrameLocator(".story__body iframe").Locator("p")).ToHaveTextAsync("Playing");
        var box = await page.Locator(".story__body iframe").BoundingBoxAsync() ?? throw new InvalidOperationException("The player is not shown.");
        Assert.InRange(box.Width / box.Height, 16 / 9.0 - 0.01, 16 / 9.0 + 0.01);
        Assert.Equal(await page.Locator(".story__body p").First.EvaluateAsync<double>("p => p.getBoundingClientRect().width"), box.Width, 0.5);
        await Expect(page.Locator(".story__body figcaption a")).ToHaveAttributeAsync("href", VideoStory.Page);
        reader.SawNoErrors();
    }

    [Fact]
    public async Task APrintedStoryShowsTheVideosLinkInsteadOfItsPlayer()
    {
        using var server = new PortalServer();
        var storyUrl = await VideoStory.PublishAsync(server);
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Start().ToString() });
        var page = await context.NewPageAsync();
        // Nothing leaves the machine: the player's address is refused, as offline.
        await context.RouteAsync("https://**", route => route.AbortAsync("blockedbyclient"));
        await page.GotoAsync(storyUrl);
        await Expect(page.Locator(".story__body iframe")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(page.Locator(".story__body iframe")).ToBeHiddenAsync();
        await Expect(page.Locator(".story__body figcaption a")).ToBeVisibleAsync();
        await Expect(page.Locator(".story__body figcaption a")).ToContainTextAsync(VideoStory.Title);
    }
}
