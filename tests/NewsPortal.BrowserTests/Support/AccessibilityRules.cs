using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NewsPortal.BrowserTests.Support;

/// <summary>
/// The axe-core engine run in the page as the reader's browser renders it, against the WCAG 2.0 and 2.1 rules at
/// levels A and AA: the bar a public newsroom site is held to.
/// </summary>
public static class AccessibilityRules
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>
    /// Fails with every broken rule, its impact, what it asks for and the elements that break it; and with any id the
    /// page has more than once.
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page, string pageName)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Contrast is judged on the colours the reader sees: fonts and stylesheets must have arrived.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe(WcagAandAA);
        Assert.True(result.Violations.Length == 0, Describe(pageName, page.Url, result.Violations));

        // axe keeps its duplicate-id rules out of the WCAG tags, yet a repeated id gives a region or a field the wrong
        // name, and sends the skip link or a reader's link to a section to the wrong place.
        var repeated = await page.EvaluateAsync<string[]>(
            """
            () => {
              const ids = [...document.querySelectorAll('[id]')].map(element => element.id);
              return [...new Set(ids.filter((id, at) => ids.indexOf(id) !== at))];
            }
            """);
        Assert.True(repeated.Length == 0, $"{pageName} ({page.Url}) has ids more than once: {string.Join(", ", repeated)}");
    }

    private static string Describe(string pageName, string url, AxeResultItem[] violations)
    {
        var report = new StringBuilder($"{pageName} ({url}) breaks {violations.Length} accessibility rule(s):");
        foreach (var violation in violations)
        {
            report.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message);
                report.Append($"\n    {node.Target}: {string.Join("; ", checks)}");
            }
        }

        return report.ToString();
    }
}
