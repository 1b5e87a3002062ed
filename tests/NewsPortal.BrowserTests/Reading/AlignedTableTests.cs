using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>A table's columns line up as the Markdown says, under a Content-Security-Policy that refuses inline styles.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AlignedTableTests(BrowserSite site)
{
    [Fact]
    public async Task ANumberColumnAlignedRightInTheMarkdownLinesUpOnTheRight()
    {
        using var server = new PortalServer();
        var storyUrl = await PublishAsync(server);
        await using var reader = await site.OpenReaderAsync(server: server.Start());
        var page = reader.Page;

        await page.GotoAsync(storyUrl);

        // A column aligned left keeps the stylesheet's own alignment, the start of the line.
        Assert.Equal(["start", "right", "center"], await AlignmentsAsync(page.Locator(".story__body th")));
        Assert.Equal(["start", "right", "center"], await AlignmentsAsync(page.Locator(".story__body tbody tr").Last.Locator("td")));
        reader.SawNoErrors();
    }

    private static Task<string[]> AlignmentsAsync(ILocator cells) =>
        cells.EvaluateAllAsync<string[]>("cells => cells.map(cell => getComputedStyle(cell).textAlign)");

    private static Task<string> PublishAsync(PortalServer server) =>
        PublishedStory.PublishAsync(server, "Election results by party",
            "| Party | Seats | Share |\n| :--- | ---: | :---: |\n| Blue | 120 | 40% |\n| Green | 7 | 2% |");
}
