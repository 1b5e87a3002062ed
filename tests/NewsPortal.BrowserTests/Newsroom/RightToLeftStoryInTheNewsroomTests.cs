using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>
/// An editor writing a story in Arabic, in a newsroom whose own language is written left to right, types it, previews
/// it and finds it in the story list right to left, as readers will read it.
/// </summary>
[Collection(NewsroomSuite.Name)]
public sealed class RightToLeftStoryInTheNewsroomTests(BrowserSite site)
{
    private const string Headline = "هل تكفي خطة الطاقة الجديدة؟";

    [Fact]
    public async Task AnArabicStoryIsWrittenPreviewedAndListedRightToLeft()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SaveNewDraftAsync(site, newsroom, Headline, "تحدثت الحكومة عن الطاقة المتجددة.", "طاقة");

        var fields = new[] { "#Draft_Headline", "#Draft_Slug", "#Draft_Tags", "#Draft_Body" };
        Assert.Equal(fields.Select(_ => "rtl"), await Task.WhenAll(fields.Select(field => DirectionAsync(desk.Locator(field)))));

        await desk.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        var preview = desk.Locator("#Preview");
        await Expect(preview.Locator(".story__headline")).ToHaveTextAsync(Headline);
        await newsroom.ScreenshotAsync("preview");
        Assert.Equal("rtl", await DirectionAsync(preview.Locator(".story__headline")));
        Assert.Equal("rtl", await DirectionAsync(preview.Locator(".story__body p")));
        Assert.Equal("rtl", await DirectionAsync(preview.Locator(".story__tag")));

        await desk.GotoAsync("/admin");
        Assert.Equal("rtl", await DirectionAsync(desk.GetByRole(AriaRole.Link, new() { Name = Headline, Exact = true })));
        newsroom.SawNoErrors();
    }

    private static Task<string> DirectionAsync(ILocator element) =>
        element.EvaluateAsync<string>("element => getComputedStyle(element).direction");
}
