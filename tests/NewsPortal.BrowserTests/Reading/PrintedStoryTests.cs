using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>A printed story is the story: what only works on a screen (menus, search, the lists beside it) stays off the paper.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PrintedStoryTests(BrowserSite site)
{
    [Fact]
    public async Task APrintedStoryLeavesOutTheSearchFormAndTheLists()
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;
        await page.GotoAsync("/");
        await page.GotoAsync(await page.Locator("#LeadHeadline a").GetAttributeAsync("href") ?? "/");
        await Expect(page.Locator(".masthead__search")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(page.Locator("h1")).ToHaveTextAsync(SeedStory.Headline);
        await Expect(page.Locator(".masthead__brand")).ToBeVisibleAsync();
        await Expect(page.Locator(".story__body")).ToBeVisibleAsync();
        await Expect(page.Locator(".masthead__search")).ToBeHiddenAsync();
        await Expect(page.Locator(".masthead__nav")).ToBeHiddenAsync();
        await Expect(page.Locator(".related").First).ToBeHiddenAsync();
        reader.SawNoErrors();
    }
}
