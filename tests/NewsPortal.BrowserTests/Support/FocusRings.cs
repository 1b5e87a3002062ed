using Microsoft.Playwright;

namespace NewsPortal.BrowserTests.Support;

/// <summary>Whether a keyboard user can see where the focus is, at every stop of a page's tab order.</summary>
public static class FocusRings
{
    // The ring round the focused element, as the browser draws it, measured against what lies behind it: the
    // element's parent's background, as the ring is drawn outside the element. Returns what is wrong, or "".
    private const string ProblemScript =
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

    /// <summary>
    /// Tabs from where the focus is to the end of the page; returns how many stops there were and, for each stop
    /// without a focus ring of at least 3:1 contrast, what is wrong.
    /// </summary>
    public static async Task<(int Stops, IReadOnlyList<string> Problems)> AlongTheTabOrderAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = new List<string>();
        var stops = 0;
        for (; stops < 200; stops++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement === document.body"))
            {
                break; // past the last stop
            }

            var problem = await page.EvaluateAsync<string>(ProblemScript);
            if (problem.Length > 0)
            {
                problems.Add(problem);
            }
        }

        return (stops, problems);
    }
}
