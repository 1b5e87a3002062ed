using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Pages.Admin;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>The newsroom's door: readers are sent to the sign-in form, and a wrong password is told so on the page.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class NewsroomSignInTests(BrowserSite site)
{
    [Fact]
    public async Task ReaderOpeningTheNewsroomLandsOnTheSignInForm()
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;

        await page.GotoAsync("/admin");

        await Expect(page).ToHaveURLAsync(new Regex("/admin/sign-in\\?ReturnUrl=%2Fadmin$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to the newsroom");
        await Expect(page.Locator("#Email")).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Newsroom" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "New story" })).ToHaveCountAsync(0);
        await reader.ScreenshotAsync("sign-in");
        reader.SawNoErrors();
    }

    [Fact]
    public async Task WrongPasswordKeepsTheEditorOnTheSignInFormWithTheErrorMessage()
    {
        var editor = await Colleague.AddAsync(site, Roles.Editor);
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;

        await page.GotoAsync("/admin");
        await editor.SignInAsync(page, password: "not-the-right-password");

        await Expect(page).ToHaveURLAsync(new Regex("/admin/sign-in\\?ReturnUrl=%2Fadmin$"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(SignInModel.Failure);
        await Expect(page.Locator("#Email")).ToHaveValueAsync(editor.Email);
        await Expect(page.Locator("#Password")).ToHaveValueAsync("");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Newsroom" })).ToHaveCountAsync(0);
        await reader.ScreenshotAsync("wrong-password");
        reader.SawNoErrors();
    }
}
