using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>
/// Taking a story off the site, or calling off its schedule, is asked about first, and a story form with unsaved
/// changes is not left without a question: one slip of the hand must not pull a live story or lose an hour's writing.
/// </summary>
[Collection(NewsroomSuite.Name)]
public sealed class EditorIsAskedBeforeLosingWorkTests(BrowserSite site)
{
    [Fact]
    public async Task UnpublishIsAskedAboutAndCancellingKeepsTheStoryLive()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        await desk.Locator("#Draft_Headline").FillAsync("A story the editor nearly pulled");
        await desk.Locator("#Draft_Body").FillAsync("It stays on the site.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Publish now", Exact = true }).ClickAsync();
        await Expect(desk.Locator(".editor__status .state")).ToHaveTextAsync("Published");

        var questions = new List<string>();
        void Dismiss(object? sender, IDialog dialog)
        {
            questions.Add(dialog.Message);
            _ = dialog.DismissAsync();
        }

        desk.Dialog += Dismiss;
        await desk.GetByRole(AriaRole.Button, new() { Name = "Unpublish", Exact = true }).ClickAsync();
        await Expect(desk.Locator(".editor__status .state")).ToHaveTextAsync("Published");
        desk.Dialog -= Dismiss;
        Assert.Equal(["Take this story off the site now? Readers will no longer find it."], questions);

        desk.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Unpublish", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("Unpublished: readers no longer see the story.");
        newsroom.SawNoErrors();
    }

    [Fact]
    public async Task CancellingAScheduleIsAskedAboutNamingItsTimeAndNotCalledUnpublishing()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SaveNewDraftAsync(site, newsroom, "A story planned for Monday", "Not out until Monday.");
        await desk.Locator("#ScheduleAt").FillAsync("2025-03-10T09:00");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await Expect(desk.Locator(".editor__status .state")).ToHaveTextAsync("Scheduled");
        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = "Unpublish", Exact = true })).ToHaveCountAsync(0);
        await newsroom.ScreenshotAsync("scheduled-story");

        var questions = new List<string>();
        void Dismiss(object? sender, IDialog dialog)
        {
            questions.Add(dialog.Message);
            _ = dialog.DismissAsync();
        }

        desk.Dialog += Dismiss;
        await desk.GetByRole(AriaRole.Button, new() { Name = "Cancel the schedule", Exact = true }).ClickAsync();
        await Expect(desk.Locator(".editor__status .state")).ToHaveTextAsync("Scheduled");
        desk.Dialog -= Dismiss;
        Assert.Equal(["Cancel the schedule? The story will not go live at 09:00 10.03.2025 (Europe/Kyiv); it stays in the newsroom, unpublished."], questions);

        desk.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Cancel the schedule", Exact = true }).ClickAsync();
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("Schedule cancelled: the story will not go live at 09:00 10.03.2025. It stays in the newsroom, unpublished.");
        await Expect(desk.Locator(".editor__status .state")).ToHaveTextAsync("Unpublished");
        newsroom.SawNoErrors();
    }

    [Fact]
    public async Task LeavingAFormWithUnsavedChangesIsAskedAboutButSavingIsNot()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        var asked = 0;
        desk.Dialog += (_, dialog) =>
        {
            if (dialog.Type == "beforeunload")
            {
                asked++;
            }

            _ = dialog.AcceptAsync();
        };

        await desk.Locator("#Draft_Headline").FillAsync("Half-written story");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/admin/stories/[0-9]+/edit$"));
        Assert.Equal(0, asked);
        await NewsroomDesk.ScriptsReadyAsync(desk);

        await desk.Locator("#Draft_Body").FillAsync("An hour of writing.");
        await desk.CloseAsync(new() { RunBeforeUnload = true });
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (asked == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, asked);
    }
}
