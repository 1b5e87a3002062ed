using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>The newsroom's menu, as an editor sees it.</summary>
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
}
