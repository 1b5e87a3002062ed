using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Accounts;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>An editor on a 390px-wide phone: the story list and the Users table are read and used without scrolling sideways.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class PhoneEditorTests(BrowserSite site)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task TheNewsroomTablesAreCardsWithTheirColumnNamesOnAPhone()
    {
        await using var newsroom = await site.OpenReaderAsync(Phone);
        var desk = newsroom.Page;
        var admin = await Colleague.AddAsync(site, Roles.Admin);
        await Colleague.AddAsync(site, Roles.Author);
        await desk.GotoAsync("/admin/sign-in");
        await admin.SignInAsync(desk);
        await Expect(desk.Locator("h1")).ToHaveTextAsync("Stories");
        var problems = new List<string>();

        foreach (var url in new[] { "/admin", "/admin/users" })
        {
            await desk.GotoAsync(url);
            await newsroom.ScreenshotAsync($"{url.Trim('/').Replace('/', '-')}-phone-390");
            problems.AddRange(await desk.EvaluateAsync<string[]>(SideScrollAndMissingLabels, Phone.Width));
            await AssertBothThemesAsync(desk, $"{url} on a phone");
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        newsroom.SawNoErrors();
    }

    [Fact]
    public async Task TheStoryListIsSortedFromAPhone()
    {
        await using var newsroom = await site.OpenReaderAsync(Phone);
        var desk = newsroom.Page;
        var editor = await Colleague.AddAsync(site, Roles.Editor);
        await desk.GotoAsync("/admin/sign-in");
        await editor.SignInAsync(desk);

        await desk.GetByRole(AriaRole.Link, new() { Name = "Headline", Exact = true }).ClickAsync();

        await Expect(desk).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin\\?sort=headline$"));
        await Expect(desk.GetByRole(AriaRole.Columnheader, new() { Name = "Headline" })).ToHaveAttributeAsync("aria-sort", "ascending");
    }

    [Fact]
    public async Task AStorysHistoryScrollsOnlyInsideItsTableOnTheNarrowestPhone()
    {
        await using var newsroom = await site.OpenReaderAsync(BrowserSite.SmallPhone);
        var desk = newsroom.Page;
        var (_, storyUrl) = await NewsroomDesk.SaveNewDraftAsync(site, newsroom, "Harbour cranes restored", "The cranes move again.");

        await desk.GotoAsync(storyUrl.Replace("/edit", "/history", StringComparison.Ordinal));

        await Expect(desk.Locator(".admin-table")).ToBeVisibleAsync();
        await newsroom.ScreenshotAsync("history-phone-320");
        var tooWide = await SideScroll.OnAsync(desk, BrowserSite.SmallPhone);
        Assert.True(tooWide.Count == 0, string.Join('\n', tooWide));
    }

    private static async Task AssertBothThemesAsync(IPage desk, string pageName)
    {
        await desk.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await AccessibilityRules.AssertNoViolationsAsync(desk, pageName);
        await desk.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await AccessibilityRules.AssertNoViolationsAsync(desk, pageName + ", dark theme");
    }

    // Neither the page nor a table's own box scrolls sideways, and every cell that has a column shows that column's name.
    // Mobile Chrome zooms out a page that overflows, which widens innerWidth too: the page is compared with the screen.
    private const string SideScrollAndMissingLabels = """
        screen => {
            const problems = [];
            const page = document.scrollingElement;
            if (page.scrollWidth > screen) {
                const culprits = [...document.querySelectorAll('body *')].filter(element => element.getBoundingClientRect().right > screen + 1)
                    .slice(-3).map(element => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
                problems.push(`${location.pathname}: the page is ${page.scrollWidth}px wide on a ${screen}px screen (${culprits.join(', ')})`);
            }
            for (const wrap of document.querySelectorAll('.table-wrap')) {
                if (wrap.scrollWidth > wrap.clientWidth + 1) problems.push(`${location.pathname}: the table scrolls, ${wrap.scrollWidth}px in ${wrap.clientWidth}px`);
            }
            // A heading that is hidden on every screen (the Users table's Actions) names buttons that speak for themselves.
            const headings = [...document.querySelectorAll('.admin-table thead th')].map(th => th.querySelector('.visually-hidden') ? '' : th.textContent.replace(/[↑↓]/g, '').trim());
            for (const row of document.querySelectorAll('.admin-table tbody tr')) {
                [...row.cells].forEach((cell, i) => {
                    if (i === 0 || !headings[i] || cell.textContent.trim() === '' || getComputedStyle(cell).display === 'none') return;
                    const label = getComputedStyle(cell, '::before').content;
                    if (!label.includes(headings[i])) problems.push(`${location.pathname}: a ${headings[i]} cell shows no "${headings[i]}" (${label})`);
                });
            }
            return problems;
        }
        """;
}
