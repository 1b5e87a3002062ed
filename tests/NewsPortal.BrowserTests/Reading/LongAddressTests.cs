using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>Long addresses on the real server: a search as long as the box takes, and a link far longer than that.</summary>
[Collection(BrowserSuite.Name)]
public sealed class LongAddressTests(BrowserSite site)
{
    [Fact]
    public async Task ASearchAsLongAsTheBoxTakesInChineseGetsItsResultsPage()
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;
        await page.GotoAsync("/");

        // 9,000 bytes once percent-encoded: over the server's default limit for a request line.
        await page.Locator("#MastheadSearch").FillAsync(new string('中', 1000));
        var answer = await page.RunAndWaitForResponseAsync(() => page.Locator("#MastheadSearch").PressAsync("Enter"),
            response => response.Url.Contains("/search?", StringComparison.Ordinal));

        Assert.Equal(200, answer.Status);
        await Expect(page.Locator("#SearchQuery")).ToHaveValueAsync(new string('中', 1000));
        reader.SawNoErrors();
    }

    [Fact]
    public async Task ALinkLongerThanTheSiteAcceptsOpensAPageThatSaysSo()
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;

        var answer = await page.GotoAsync("/tags/" + new string('a', 20_000));

        Assert.Equal(414, answer?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Address too long");
        await Expect(page.Locator(".status-page__message")).ToContainTextAsync("longer than this site accepts");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Go to the front page" })).ToBeVisibleAsync();
    }
}
