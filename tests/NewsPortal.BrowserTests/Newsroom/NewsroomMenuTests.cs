using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>The newsroom's menu and list of stories, as an editor sees them.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class NewsroomMenuTests(BrowserSite site)
{
    [Fact]
    public async Task SignOutLooksLikeTheOtherItemsOfTheNewsroomMenu()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        var menu = desk.GetByRole(AriaRole.Navigation, new() { Name = "Newsroom" });

        var link = await StyleAsync(menu.GetByRole(AriaRole.Link, new() { Name = "Stories", Exact = true }));
        var signOut = await StyleAsync(menu.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Sign out") }));

        Assert.Equal(link, signOut);

        static Task<string> StyleAsync(ILocator item) => item.EvaluateAsync<string>(
            "element => { const s = getComputedStyle(element); return [s.fontFamily, s.fontSize, s.fontWeight, s.textTransform, s.textDecorationLine].join('|'); }");
    }

    [Fact]
    public async Task TheStoryListFitsTheScreenWhateverTheHeadline()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        await desk.Locator("#Draft_Headline").FillAsync("Unbroken" + new string('x', 200));
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();

        await desk.GotoAsync("/admin");
        await newsroom.ScreenshotAsync("stories-long-headline");

        var tableWidth = await desk.Locator("table.admin-table").EvaluateAsync<double>("table => table.getBoundingClientRect().width");
        var roomWidth = await desk.Locator(".table-wrap").EvaluateAsync<double>("wrap => wrap.clientWidth");
        Assert.True(tableWidth <= roomWidth + 1, $"the table is {tableWidth}px wide in {roomWidth}px");
    }
}
