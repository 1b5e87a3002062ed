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
    // The ring round the focused element, as the browser draws it, measured against what lies behind it: the
    // element's parent's background, as the ring is drawn outside the element. Returns what is wrong, or "".
    private const string FocusRingProblem =
        """
        () => {
          const element = document.activeElement;
          if (!element || element === document.body) return 'nothing has the focus';
          const ring = getComputedStyle(element);
          const name = element.tagName.toLowerCase() + ' "' + (element.textContent || element.getAttribute('aria-label') || element.name || '').trim().slice(0, 40) + '"';
          if (ring.outlineStyle === 'none' || parseFloat(ring.outlineWidth) < 2) {
            return name + ' shows no focus ring (outline ' + ring.outlineStyle + ' ' + ring.outlineWidth + ')';
          }
          const rgb = colour => colour.match(/[\d.]+/g).map(Number);
          const luminance = colour => {
            const [r, g, b] = rgb(colour).slice(0, 3).map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          let behind = element.parentElement;
          while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0) behind = behind.parentElement;
          const background = behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)';
          const [light, dark] = [luminance(ring.outlineColor), luminance(background)].sort((a, b) => b - a);
          const contrast = (light + 0.05) / (dark + 0.05);
          return contrast < 3 ? name + ' has a focus ring of ' + ring.outlineColor + ' on ' + background + ', contrast ' + contrast.toFixed(2) + ':1' : '';
        }
        """;

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
        var problems = new List<string>();

        var stops = 0;
        for (; stops < 200; stops++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement === document.body"))
            {
                break; // past the last stop
            }

            problems.Add(await page.EvaluateAsync<string>(FocusRingProblem));
        }

        problems.RemoveAll(string.IsNullOrEmpty);
        Assert.True(stops > 10, $"only {stops} elements took the focus");
        Assert.True(problems.Count == 0, $"{url} ({theme}):\n" + string.Join('\n', problems));
    }
}
