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

    /// <summary>Fails with every broken rule, its impact, what it asks for and the elements that break it.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string pageName)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Contrast is judged on the colours the reader sees: fonts and stylesheets must have arrived.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe(WcagAandAA);
        Assert.True(result.Violations.Length == 0, Describe(pageName, page.Url, result.Violations));
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
