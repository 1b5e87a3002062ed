using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>
/// A save that never reaches the store (the editor's session ended meanwhile, so the form went to the sign-in page)
/// does not cost the text: the browser kept it, and the story form offers it back once the editor is in again.
/// </summary>
[Collection(NewsroomSuite.Name)]
public sealed class EditorGetsUnsavedChangesBackTests(BrowserSite site)
{
    private const string Offer = "Put the unsaved changes back in the form";

    [Fact]
    public async Task TextSentAfterTheSessionEndedIsOfferedBackAfterSigningIn()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        var (editor, storyUrl) = await NewsroomDesk.SaveNewDraftAsync(site, newsroom, "Harbour cranes stand idle", "First paragraph.", "Harbour,Strike");
        // Saved as typed, give or take the store's tidying: nothing is offered back.
        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = Offer })).ToHaveCountAsync(0);

        await desk.Locator("#Draft_Body").FillAsync("First paragraph.\n\nAn hour of writing after lunch.");
        await desk.Context.ClearCookiesAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/admin/sign-in"));

        await editor.SignInAsync(desk);
        await Expect(desk).ToHaveURLAsync(storyUrl);
        await Expect(desk.Locator("#Draft_Body")).ToHaveValueAsync("First paragraph.");
        await Expect(desk.Locator(".unsaved")).ToContainTextAsync("This browser kept changes to this story that were not saved");
        // Written as the site writes times, whatever the browser's language.
        await Expect(desk.Locator(".unsaved")).ToContainTextAsync(new Regex(@"not saved, from \d\d:\d\d \d\d\.\d\d\.\d{4}\. "));
        await newsroom.ScreenshotAsync("unsaved-changes-offered");
        await desk.GetByRole(AriaRole.Button, new() { Name = Offer }).ClickAsync();
        await Expect(desk.Locator("#Draft_Body")).ToHaveValueAsync("First paragraph.\n\nAn hour of writing after lunch.");
        await Expect(desk.Locator(".unsaved")).ToHaveCountAsync(0);

        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("Saved.");
        await desk.ReloadAsync();
        await Expect(desk.Locator("#Draft_Body")).ToHaveValueAsync("First paragraph.\n\nAn hour of writing after lunch.");
        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = Offer })).ToHaveCountAsync(0);

        // The copy a new story was typed into went when the story got its own address.
        await desk.GotoAsync("/admin/stories/new");
        await Expect(desk.Locator("h1")).ToHaveTextAsync("New story");
        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = Offer })).ToHaveCountAsync(0);
        newsroom.SawNoErrors();
    }

    /// <summary>The store's tidying is told apart from edits: a new paragraph or a letter's case is an edit.</summary>
    [Fact]
    public async Task ANewParagraphAndALettersCaseAreChangesWorthOfferingBack()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        var (editor, storyUrl) = await NewsroomDesk.SaveNewDraftAsync(
            site, newsroom, "Ferry strike in kyiv", "Crews walked out at dawn and the port closed.", "ferries, #Strike");

        await desk.Locator("#Draft_Headline").FillAsync("Ferry strike in Kyiv");
        await desk.Locator("#Draft_Body").FillAsync("Crews walked out at dawn\n\nand the port closed.");
        await desk.Context.ClearCookiesAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/admin/sign-in"));

        await editor.SignInAsync(desk);
        await Expect(desk).ToHaveURLAsync(storyUrl);
        await desk.GetByRole(AriaRole.Button, new() { Name = Offer }).ClickAsync();
        await Expect(desk.Locator("#Draft_Headline")).ToHaveValueAsync("Ferry strike in Kyiv");
        await Expect(desk.Locator("#Draft_Body")).ToHaveValueAsync("Crews walked out at dawn\n\nand the port closed.");
        newsroom.SawNoErrors();
    }

    /// <summary>
    /// Scheduling (or publishing) a saved draft fixes its slug: the field is read-only afterwards, which is no change
    /// of the editor's to offer back. Scheduled rather than published, so the front page other tests check stays as it is.
    /// </summary>
    [Fact]
    public async Task ADraftScheduledAsTypedOffersNothingBack()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SaveNewDraftAsync(site, newsroom, "Grain talks resume on Monday", "Delegations meet in Istanbul.");

        await desk.Locator("#Draft_Body").FillAsync("Delegations meet in Istanbul on Monday morning.");
        await desk.Locator("#ScheduleAt").FillAsync("2025-03-10T09:00");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("Scheduled: the story goes live at the time you chose.");
        await NewsroomDesk.ScriptsReadyAsync(desk);

        await Expect(desk.Locator("#Draft_Slug")).ToHaveJSPropertyAsync("readOnly", true);
        await Expect(desk.Locator("#Draft_Body")).ToHaveValueAsync("Delegations meet in Istanbul on Monday morning.");
        await Expect(desk.Locator(".unsaved")).ToHaveCountAsync(0);
        newsroom.SawNoErrors();
    }

    [Fact]
    public async Task DiscardedChangesAreNotOfferedAgainAndSigningOutLeavesNoCopy()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        await desk.Locator("#Draft_Headline").FillAsync("A story typed and then abandoned");
        // The copy is made as the editor types, not only when the form is sent.
        await desk.Locator("#Draft_Body").PressSequentiallyAsync("Half a thought");
        await desk.WaitForFunctionAsync("() => Object.keys(localStorage).length === 1");

        var askedBeforeLeaving = 0;
        desk.Dialog += (_, dialog) =>
        {
            askedBeforeLeaving += dialog.Type == "beforeunload" ? 1 : 0;
            _ = dialog.AcceptAsync();
        };
        await desk.GotoAsync("/admin");
        await desk.GotoAsync("/admin/stories/new");
        await Expect(desk.Locator("#Draft_Headline")).ToHaveValueAsync("");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Discard them", Exact = true }).ClickAsync();
        await desk.ReloadAsync();
        await Expect(desk.Locator("h1")).ToHaveTextAsync("New story");
        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = Offer })).ToHaveCountAsync(0);

        await desk.Locator("#Draft_Body").PressSequentiallyAsync("Embargoed until Monday");
        await desk.WaitForFunctionAsync("() => Object.keys(localStorage).length === 1");
        askedBeforeLeaving = 0;
        await desk.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/$"));
        // Signing out takes nothing of the story form along, so it is asked about like any other way out.
        Assert.Equal(1, askedBeforeLeaving);
        Assert.Equal(0, await desk.EvaluateAsync<int>("Object.keys(localStorage).length"));
        newsroom.SawNoErrors();
    }
}
