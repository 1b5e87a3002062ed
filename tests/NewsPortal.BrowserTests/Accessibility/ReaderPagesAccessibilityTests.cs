using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Accessibility;

/// <summary>Every kind of page a reader reaches passes axe's WCAG 2.1 A and AA rules, in the light and the dark theme.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ReaderPagesAccessibilityTests(BrowserSite site)
{
    [Theory]
    [InlineData("front page", "/", 200)]
    [InlineData("seed story", "/articles/1", 200)]
    [InlineData("tag page", "/tags/umerov", 200)]
    [InlineData("search results", "/search?q=Umerov", 200)]
    [InlineData("search without results", "/search?q=nothingmatchesthisword", 200)]
    [InlineData("missing page", "/no-such-page", 404)]
    public async Task ReaderPageBreaksNoWcagRule(string pageName, string url, int status)
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;

        var response = await page.GotoAsync(url);
        Assert.Equal(status, response?.Status);
        await Expect(page.Locator("main h1")).ToHaveCountAsync(1);

        await AccessibilityRules.AssertNoViolationsAsync(page, pageName);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await AccessibilityRules.AssertNoViolationsAsync(page, pageName + ", dark theme");
    }

    [Fact]
    public async Task AStoryWithAVideoBreaksNoWcagRule()
    {
        using var server = new PortalServer();
        var storyUrl = await VideoStory.PublishAsync(server);
        await using var reader = await site.OpenReaderAsync(server: server.Start());
        var page = reader.Page;

        // The reader refuses the player's off-site address, as a machine without a network would fail to load it:
        // the frame stays empty, and its title still names it.
        await page.GotoAsync(storyUrl);
        await Expect(page.Locator(".story__body iframe")).ToHaveAttributeAsync("title", VideoStory.Title);

        await AccessibilityRules.AssertNoViolationsAsync(page, "story with a video");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await AccessibilityRules.AssertNoViolationsAsync(page, "story with a video, dark theme");
    }
}
