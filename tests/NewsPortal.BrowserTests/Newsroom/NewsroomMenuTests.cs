using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Accounts;
using static Microsoft.Playwright.Assertions;

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

    public static TheoryData<string> Screens => ["phone", "desktop"];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task ColumnHeadingsButtonsAndStatusesInTheNewsroomTablesKeepTheirWordsWhole(string screen)
    {
        await using var newsroom = await site.OpenReaderAsync(screen == "phone" ? BrowserSite.Phone : BrowserSite.Desktop);
        var desk = newsroom.Page;
        var admin = await Colleague.AddAsync(site, Roles.Admin);
        await desk.GotoAsync("/admin/sign-in");
        await admin.SignInAsync(desk);
        await Expect(desk.Locator("h1")).ToHaveTextAsync("Stories");

        foreach (var url in new[] { "/admin", "/admin/users" })
        {
            await desk.GotoAsync(url);
            await newsroom.ScreenshotAsync($"{url.Trim('/').Replace('/', '-')}-{screen}");
            var broken = await desk.Locator(".admin-table :is(th, .button, .state)").EvaluateAllAsync<string[]>(WordsBrokenAcrossLines);
            Assert.True(broken.Length == 0, $"{url} on a {screen}: {string.Join(", ", broken)} broken across lines");
        }
    }

    // A word whose letters lie on more than one line is a word broken in the middle ("Ch an ge").
    private const string WordsBrokenAcrossLines = """
        elements => elements.flatMap(element => {
            const broken = [];
            const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let text = texts.nextNode(); text; text = texts.nextNode()) {
                for (const word of text.data.matchAll(/\S+/g)) {
                    const range = document.createRange();
                    range.setStart(text, word.index);
                    range.setEnd(text, word.index + word[0].length);
                    const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
                    if (lines.size > 1) broken.push(word[0]);
                }
            }
            return broken;
        })
        """;
}
