using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>A correction with a slip in it is reworded, then withdrawn after a question, and readers see each.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class EditorAmendsANoticeTests(BrowserSite site)
{
    [Fact]
    public async Task ACorrectionIsRewordedThenWithdrawnAfterAQuestion()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        await desk.Locator("#Draft_Headline").FillAsync("A story with a slip in its correction");
        await desk.Locator("#Draft_Body").FillAsync("The bridge is 120 metres long.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Publish now", Exact = true }).ClickAsync();
        await Expect(desk.Locator(".editor__status .state")).ToHaveTextAsync("Published");
        await desk.Locator("#NoticeText").FillAsync("An earlier version said the bridge was 210 metres long.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Add the notice", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("The correction is now on the story.");

        await desk.GetByText("Amend or withdraw").ClickAsync();
        await desk.Locator("form.notice-amend textarea").FillAsync("An earlier version said the bridge was 12 metres long.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save the new wording", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("The notice now has its new wording.");
        var storyUrl = await desk.Locator(".editor__status a", new() { HasText = "View on the site" }).GetAttributeAsync("href");
        await using var reader = await site.OpenReaderAsync();
        await reader.Page.GotoAsync(storyUrl!);
        await Expect(reader.Page.Locator(".story__notice")).ToContainTextAsync("Correction: An earlier version said the bridge was 12 metres long.");

        var questions = new List<string>();
        desk.Dialog += (_, dialog) =>
        {
            questions.Add(dialog.Message);
            _ = dialog.AcceptAsync();
        };
        await desk.GetByText("Amend or withdraw").ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Withdraw the notice", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("The notice has been withdrawn: readers no longer see it.");
        Assert.Equal(["Withdraw this correction? Readers will no longer see it; the audit log keeps its words."], questions);
        await reader.Page.ReloadAsync();
        await Expect(reader.Page.Locator(".story__notice")).ToHaveCountAsync(0);
        newsroom.SawNoErrors();
        reader.SawNoErrors();
    }
}
