using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Accounts;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>An author fixes a story already sent for review: saving it leaves it in the editors' queue, and says so.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class AuthorEditsAStoryInReviewTests(BrowserSite site)
{
    [Fact]
    public async Task TheSaveButtonOfAStoryInReviewSaysItStaysInReviewAndItDoes()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        var author = await Colleague.AddAsync(site, Roles.Author);
        await desk.GotoAsync("/admin/sign-in");
        await author.SignInAsync(desk);
        await desk.GotoAsync("/admin/stories/new");
        await desk.Locator("#Draft_Headline").FillAsync("Ferry crossings resume at dawn");
        await desk.Locator("#Draft_Body").FillAsync("The first ferry left at six.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Send for review", Exact = true }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/admin/stories/[0-9]+/edit$"));
        await NewsroomDesk.ScriptsReadyAsync(desk);

        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true })).ToHaveCountAsync(0);
        await desk.Locator("#Draft_Body").FillAsync("The first ferry left at half past six.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save, keeping it in review", Exact = true }).ClickAsync();

        await Expect(desk.Locator(".flash")).ToHaveTextAsync("Saved.");
        await Expect(desk.Locator(".editor__status .state")).ToHaveTextAsync("In review");
        await Expect(desk.Locator("#Draft_Body")).ToHaveValueAsync("The first ferry left at half past six.");
    }
}
