using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>A reader on a 375px-wide phone: everything fits the screen's width.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PhoneReaderTests(BrowserSite site)
{
    [Fact]
    public async Task PhoneReaderSeesSeedStoryWithoutSideScrolling()
    {
        await using var reader = await site.OpenReaderAsync(BrowserSite.Phone);
        var page = reader.Page;
        var tooWide = new List<string>();

        await page.GotoAsync("/");
        await Expect(page.Locator("#LeadHeadline a")).ToHaveTextAsync(SeedStory.Headline);
        tooWide.AddRange(await SideScrollAsync(reader, "front"));

        // Pages are opened by address, not by tapping: a page that overflows can put a link out of reach,
        // and the overflow report below says more than a tap that times out.
        await page.GotoAsync(await HrefOfAsync(page.Locator("#LeadHeadline a")));
        await Expect(page.Locator("h1")).ToHaveTextAsync(SeedStory.Headline);
        await Expect(page.Locator("article.story time")).ToHaveTextAsync(SeedStory.ShownTime);
        tooWide.AddRange(await SideScrollAsync(reader, "article"));

        await page.GotoAsync(await HrefOfAsync(page.Locator(".story__tags a").First));
        await Expect(page.Locator("h1")).ToHaveTextAsync("#umerov");
        tooWide.AddRange(await SideScrollAsync(reader, "tag-umerov"));

        Assert.True(tooWide.Count == 0, "Pages wider than a 375px phone:\n" + string.Join('\n', tooWide));
        reader.SawNoErrors();
    }

    // The screenshot shows someone fixing the layout what the reader saw.
    private static async Task<IReadOnlyList<string>> SideScrollAsync(Reader reader, string pageName)
    {
        await reader.ScreenshotAsync(pageName);
        return await SideScroll.OnAsync(reader.Page, BrowserSite.Phone);
    }

    private static async Task<string> HrefOfAsync(ILocator link) =>
        await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("The link has no address.");
}
