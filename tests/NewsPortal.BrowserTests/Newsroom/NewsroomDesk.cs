using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Accounts;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>Steps every editor test takes the same way: getting to an empty story form, and choosing a photo.</summary>
public static class NewsroomDesk
{
    public const string PhotoName = "harbour.png";

    /// <summary>
    /// Signs a new editor in through the form, checks the story list, then follows its "New story" button;
    /// screenshots both pages on the way. Returns the editor, who may need to sign in again.
    /// </summary>
    public static async Task<Colleague> SignInAndOpenNewStoryAsync(BrowserSite site, Reader newsroom)
    {
        ArgumentNullException.ThrowIfNull(newsroom);
        var editor = await Colleague.AddAsync(site, Roles.Editor);
        var desk = newsroom.Page;

        await desk.GotoAsync("/admin/sign-in");
        await newsroom.ScreenshotAsync("sign-in");
        await editor.SignInAsync(desk);
        await Expect(desk).ToHaveURLAsync(new Regex("/admin$"));
        await Expect(desk.Locator("h1")).ToHaveTextAsync("Stories");
        await newsroom.ScreenshotAsync("stories");

        await desk.Locator("main").GetByRole(AriaRole.Link, new() { Name = "New story", Exact = true }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/admin/stories/new$"));
        await Expect(desk.Locator("h1")).ToHaveTextAsync("New story");
        await ScriptsReadyAsync(desk);
        return editor;
    }

    /// <summary>
    /// Signs a new editor in and saves a new draft with the given text, then waits on the story's editor page until
    /// its script has read the form. Returns the editor and the editor page's address.
    /// </summary>
    public static async Task<(Colleague Editor, string StoryUrl)> SaveNewDraftAsync(
        BrowserSite site, Reader newsroom, string headline, string body, string tags = "")
    {
        var editor = await SignInAndOpenNewStoryAsync(site, newsroom);
        var desk = newsroom.Page;
        await desk.Locator("#Draft_Headline").FillAsync(headline);
        await desk.Locator("#Draft_Body").FillAsync(body);
        await desk.Locator("#Draft_Tags").FillAsync(tags);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/admin/stories/[0-9]+/edit$"));
        await ScriptsReadyAsync(desk);
        return (editor, desk.Url);
    }

    /// <summary>
    /// Waits for the page's deferred scripts to have run. An address check passes as soon as the new page starts
    /// loading; typing before newsroom.js has read the form would be typing it never saw.
    /// </summary>
    public static Task ScriptsReadyAsync(IPage desk)
    {
        ArgumentNullException.ThrowIfNull(desk);
        return desk.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Chooses a freshly made PNG of the given size in the form's file input, as the file picker would.</summary>
    public static Task ChoosePhotoAsync(IPage desk, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(desk);
        return desk.Locator("#PhotoFile").SetInputFilesAsync(new FilePayload
        {
            Name = PhotoName,
            MimeType = "image/png",
            Buffer = PngPicture.Harbour(width, height),
        });
    }
}
