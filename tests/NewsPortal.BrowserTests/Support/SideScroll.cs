using Microsoft.Playwright;

namespace NewsPortal.BrowserTests.Support;

/// <summary>Whether a page scrolls sideways on a narrow screen, which a reader on a phone notices first.</summary>
public static class SideScroll
{
    // Mobile Chrome zooms out a page that overflows, which widens innerWidth too: the page is compared with the screen.
    // The elements that stick out furthest are named, which is what someone fixing the layout needs to know.
    private const string Script =
        """
        screen => {
          const scroll = document.scrollingElement.scrollWidth;
          if (scroll <= screen) return [];
          const culprits = [...document.querySelectorAll('body *')]
            .map(element => ({ element, right: element.getBoundingClientRect().right }))
            .filter(item => item.right > screen + 1)
            .sort((a, b) => b.right - a.right)
            .slice(0, 3)
            .map(item => `${item.element.tagName.toLowerCase()}.${[...item.element.classList].join('.')}#${item.element.id} reaches ${Math.round(item.right)}px`);
          return [`${location.pathname} is ${scroll}px wide on a ${screen}px screen (${culprits.join('; ')})`];
        }
        """;

    /// <summary>Nothing when the page fits the width of <paramref name="screen"/>; otherwise what sticks out.</summary>
    public static async Task<IReadOnlyList<string>> OnAsync(IPage page, ViewportSize screen)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(screen);
        return await page.EvaluateAsync<string[]>(Script, screen.Width);
    }
}
