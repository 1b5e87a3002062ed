using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>A story's history compares two saves line by line, each line of the comparison right under the last.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class EditorComparesVersionsTests(BrowserSite site)
{
    [Fact]
    public async Task TheDifferencesBetweenTwoSavesReadOneLineUnderAnother()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        var (_, storyUrl) = await NewsroomDesk.SaveNewDraftAsync(site, newsroom, "Ferry timetable changes", "Morning ferry at seven.\n\nEvening ferry at six.");
        await desk.Locator("#Draft_Body").FillAsync("Morning ferry at eight.\n\nEvening ferry at six.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("Saved.");

        await desk.GotoAsync(storyUrl.Replace("/edit", "/history?from=1&to=2", StringComparison.Ordinal));
        await Expect(desk.Locator(".diff__line--added")).ToHaveTextAsync("+ Morning ferry at eight.");
        await Expect(desk.Locator(".diff__line--removed")).ToHaveTextAsync("- Morning ferry at seven.");
        // Blocks with the markup's line breaks between them shown as well read double-spaced.
        var gaps = await desk.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('.diff__line')].slice(1).map((line) => line.getBoundingClientRect().top - line.previousElementSibling.getBoundingClientRect().bottom)");
        Assert.NotEmpty(gaps);
        Assert.All(gaps, gap => Assert.InRange(gap, -0.5, 0.5));
        await newsroom.ScreenshotAsync("history");
        newsroom.SawNoErrors();
    }
}
