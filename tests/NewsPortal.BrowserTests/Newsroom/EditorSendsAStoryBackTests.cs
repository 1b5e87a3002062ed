using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Accounts;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>An editor sends a story in review back with a note; its author finds the note in the list and on the form.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class EditorSendsAStoryBackTests(BrowserSite site)
{
    private const string Headline = "Grain corridor ships wait off Odesa";
    private const string Note = "Add the number of ships <b>waiting</b> and who counted them.";

    [Fact]
    public async Task TheAuthorFindsTheEditorsNoteInTheListAndOnTheStorysForm()
    {
        await using var authorsDesk = await site.OpenReaderAsync();
        var authorPage = authorsDesk.Page;
        var author = await Colleague.AddAsync(site, Roles.Author);
        await authorPage.GotoAsync("/admin/sign-in");
        await author.SignInAsync(authorPage);
        await authorPage.GotoAsync("/admin/stories/new");
        await authorPage.Locator("#Draft_Headline").FillAsync(Headline);
        await authorPage.Locator("#Draft_Body").FillAsync("Dozens of ships wait to load.");
        await authorPage.GetByRole(AriaRole.Button, new() { Name = "Send for review", Exact = true }).ClickAsync();
        await Expect(authorPage).ToHaveURLAsync(new Regex("/admin/stories/[0-9]+/edit$"));
        var storyUrl = authorPage.Url;

        await using var editorsDesk = await site.OpenReaderAsync();
        var editorPage = editorsDesk.Page;
        var editor = await Colleague.AddAsync(site, Roles.Editor);
        await editorPage.GotoAsync("/admin/sign-in");
        await editor.SignInAsync(editorPage);
        await editorPage.GotoAsync(storyUrl);
        await NewsroomDesk.ScriptsReadyAsync(editorPage);
        await editorPage.GetByLabel("What the author should change").FillAsync(Note);
        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Send back to the author", Exact = true }).ClickAsync();
        await Expect(editorPage.Locator(".flash")).ToHaveTextAsync("Sent back to the author: the story is a draft again, with your note on it.");

        await authorPage.GotoAsync($"/admin?q={Uri.EscapeDataString(Headline)}");
        var row = authorPage.Locator("tbody tr").Filter(new() { HasText = Headline });
        await Expect(row.Locator(".state-note")).ToHaveTextAsync("sent back to the author");
        await row.GetByRole(AriaRole.Link, new() { Name = Headline }).ClickAsync();
        await Expect(authorPage.GetByRole(AriaRole.Heading, new() { Name = "Sent back to you for changes" })).ToBeVisibleAsync();
        await Expect(authorPage.Locator(".sent-back__note")).ToHaveTextAsync(Note);
        await Expect(authorPage.Locator(".editor__status .state")).ToHaveTextAsync("Draft");
        await Expect(authorPage.GetByRole(AriaRole.Button, new() { Name = "Send for review", Exact = true })).ToBeVisibleAsync();
    }
}
