using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Accounts;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>An author with stories in review and one sent back finds the one waiting on them with the list's filters.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class AuthorFiltersTheirSentBackStoriesTests(BrowserSite site)
{
    private const string SentBack = "Tram depot fire: what the inspectors found";
    private const string InReview = "Tram depot reopens after repairs";

    [Fact]
    public async Task TheAuthorTicksMineAndPicksSentBackAndSeesOnlyTheirStoryWaitingOnThem()
    {
        await using var authorsDesk = await site.OpenReaderAsync();
        var authorPage = authorsDesk.Page;
        var author = await Colleague.AddAsync(site, Roles.Author);
        await authorPage.GotoAsync("/admin/sign-in");
        await author.SignInAsync(authorPage);
        var sentBackUrl = await SendForReviewAsync(authorPage, SentBack);
        await SendForReviewAsync(authorPage, InReview);

        await using var editorsDesk = await site.OpenReaderAsync();
        var editorPage = editorsDesk.Page;
        var editor = await Colleague.AddAsync(site, Roles.Editor);
        await editorPage.GotoAsync("/admin/sign-in");
        await editor.SignInAsync(editorPage);
        await editorPage.GotoAsync(sentBackUrl);
        await NewsroomDesk.ScriptsReadyAsync(editorPage);
        await editorPage.GetByLabel("What the author should change").FillAsync("Say when the inspectors came.");
        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Send back to the author", Exact = true }).ClickAsync();
        await Expect(editorPage.Locator(".flash")).ToContainTextAsync("Sent back to the author");

        await authorPage.GotoAsync("/admin");
        await authorPage.GetByLabel("Mine", new() { Exact = true }).CheckAsync();
        await authorPage.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Sent back" });
        await authorPage.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();

        await Expect(authorPage).ToHaveURLAsync(new Regex("/admin\\?state=SentBack&mine=true"));
        await Expect(authorPage.Locator(".listing__count")).ToHaveTextAsync("1 story");
        var rows = authorPage.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.GetByRole(AriaRole.Link, new() { Name = SentBack })).ToBeVisibleAsync();
        await Expect(rows.Locator(".state-note")).ToHaveTextAsync("sent back to the author");
        await Expect(authorPage.GetByLabel("Mine", new() { Exact = true })).ToBeCheckedAsync();
    }

    /// <summary>Writes a story and sends it for review; returns its editor's address.</summary>
    private static async Task<string> SendForReviewAsync(IPage page, string headline)
    {
        await page.GotoAsync("/admin/stories/new");
        await page.Locator("#Draft_Headline").FillAsync(headline);
        await page.Locator("#Draft_Body").FillAsync("The depot's last tram left at midnight.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for review", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/stories/[0-9]+/edit$"));
        return page.Url;
    }
}
