using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>
/// A photo the editor has chosen stays with the story through the round trips the form makes before it is
/// saved: a Preview, or a save the server sends back to be fixed. The browser sends the file only once, and
/// the page that comes back cannot put it back into its file input, so the server must keep it.
/// Drafts are saved rather than published, so the front page other tests check stays as it is.
/// </summary>
[Collection(NewsroomSuite.Name)]
public sealed class EditorKeepsTheChosenPhotoTests(BrowserSite site)
{
    private const string AltText = "Grain ships waiting at the harbour mouth";

    [Fact]
    public async Task PhotoChosenBeforePreviewIsKeptWhenTheEditorSaves()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);

        await desk.Locator("#Draft_Headline").FillAsync("Grain convoy leaves the harbour at dawn");
        await desk.Locator("#Draft_Body").FillAsync("The first *six* ships sailed before sunrise.");
        await NewsroomDesk.ChoosePhotoAsync(desk, 320, 180);
        await desk.Locator("#Draft_PhotoAltText").FillAsync(AltText);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await Expect(desk.Locator("section.preview .story__body em")).ToHaveTextAsync("six");
        await newsroom.ScreenshotAsync("preview");

        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("Saved.");
        await newsroom.ScreenshotAsync("saved");
        await Expect(desk.Locator("img.editor__photo")).ToHaveAttributeAsync("alt", AltText);
        newsroom.SawNoErrors();
    }

    [Fact]
    public async Task PhotoShownAfterASaveSentBackForFixingIsKeptWhenTheEditorSavesAgain()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);

        await desk.Locator("#Draft_Headline").FillAsync("Pilots guide the grain convoy out");
        await desk.Locator("#Draft_Body").FillAsync("Harbour pilots boarded each ship at the breakwater.");
        await NewsroomDesk.ChoosePhotoAsync(desk, 320, 180);
        await desk.Locator("#Draft_PhotoAltText").FillAsync(AltText);
        // The browser takes a mailto: address as a URL; the server wants http or https and sends the form back.
        await desk.Locator("#Draft_PhotoCreditUrl").FillAsync("mailto:desk@port.test");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Alert)).ToContainTextAsync("The credit link must be a full http or https address.");
        await Expect(desk.Locator("img.editor__photo")).ToHaveAttributeAsync("alt", AltText);
        await newsroom.ScreenshotAsync("sent-back");

        await desk.Locator("#Draft_PhotoCreditUrl").FillAsync("https://port.test/photos");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("Saved.");
        await newsroom.ScreenshotAsync("saved");
        await Expect(desk.Locator("img.editor__photo")).ToHaveAttributeAsync("alt", AltText);
        // No SawNoErrors here: the app rightly answers the sent-back form with 422, which the reader records.
    }
}
