using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Accessibility;

/// <summary>
/// A reader who moves with the keyboard: the first Tab offers a way past the masthead, and wherever the focus is,
/// it can be seen.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class KeyboardReaderTests(BrowserSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/1")]
    [InlineData("/search?q=Umerov")]
    public async Task FirstTabOffersTheSkipLinkWhichMovesTheFocusToTheMainContent(string url)
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;
        await page.GotoAsync(url);

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content", Exact = true });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('main') !== null"),
            "the Tab after the skip link went back to the masthead");
        reader.SawNoErrors();
    }

    [Theory]
    [InlineData("/articles/1", "light")]
    [InlineData("/articles/1", "dark")]
    [InlineData("/search?q=Umerov", "light")]
    [InlineData("/search?q=Umerov", "dark")]
    public async Task EveryLinkAndButtonTheKeyboardReachesShowsAFocusRing(string url, string theme)
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.GotoAsync(url);

        var (stops, problems) = await FocusRings.AlongTheTabOrderAsync(page);

        Assert.True(stops > 10, $"only {stops} elements took the focus");
        Assert.True(problems.Count == 0, $"{url} ({theme}):\n" + string.Join('\n', problems));
    }
}
