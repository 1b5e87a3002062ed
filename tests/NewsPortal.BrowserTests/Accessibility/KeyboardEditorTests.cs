using Microsoft.Playwright;
using NewsPortal.BrowserTests.Newsroom;
using NewsPortal.BrowserTests.Support;

namespace NewsPortal.BrowserTests.Accessibility;

/// <summary>An editor who works the story form with the keyboard sees where the focus is at every field and button.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class KeyboardEditorTests(BrowserSite site)
{
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task EveryFieldAndButtonOfASavedStorysFormShowsAFocusRing(string theme)
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await desk.EmulateMediaAsync(new() { ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        // A saved draft's form has the most to reach: the schedule's date and time, history, submit and delete.
        await NewsroomDesk.SaveNewDraftAsync(site, newsroom, "Harbour reopens", "The cranes turn again.");

        var (stops, problems) = await FocusRings.AlongTheTabOrderAsync(desk);

        Assert.True(stops > 20, $"only {stops} elements took the focus");
        Assert.True(problems.Count == 0, $"{desk.Url} ({theme}):\n" + string.Join('\n', problems));
    }
}
