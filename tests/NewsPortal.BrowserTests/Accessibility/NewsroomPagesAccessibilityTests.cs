using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Newsroom;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Accounts;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Accessibility;

/// <summary>The newsroom pages an editor works in pass axe's WCAG 2.1 A and AA rules, in the light and the dark theme.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class NewsroomPagesAccessibilityTests(BrowserSite site)
{
    [Fact]
    public async Task SignInStoryListAndNewStoryFormBreakNoWcagRule()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;

        await desk.GotoAsync("/admin/sign-in");
        await AssertBothThemesAsync(desk, "sign-in page");
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        await AssertBothThemesAsync(desk, "new-story form");
        await desk.GotoAsync("/admin");
        await Expect(desk.Locator("h1")).ToHaveTextAsync("Stories");
        await AssertBothThemesAsync(desk, "story list");
        newsroom.SawNoErrors();
    }

    [Fact]
    public async Task StoryFormShowingWhyASaveWasRefusedBreaksNoWcagRule()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);

        // A headline of an invisible character passes the browser's "required" check; the newsroom refuses it.
        await desk.Locator("#Draft_Headline").FillAsync("\u200B");
        await desk.Locator("#Draft_Body").FillAsync("A paragraph without a headline.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();

        await Expect(desk).ToHaveURLAsync(new Regex("/admin/stories/new"));
        await Expect(desk.GetByRole(AriaRole.Alert)).ToContainTextAsync("A story needs a headline.");
        // Tabbing back to the field, a screen reader says what is wrong with it; the fields that were fine are not marked.
        var headline = desk.GetByLabel("Headline", new() { Exact = true });
        await Expect(headline).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(headline).ToHaveAccessibleDescriptionAsync("A story needs a headline.");
        await Expect(desk.GetByLabel("Slug", new() { Exact = true })).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await AssertBothThemesAsync(desk, "refused story form");
    }

    [Fact]
    public async Task PreviewAndStoryPageOfABodyWithSectionsNamedLikeThePageBreakNoWcagRule()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        await desk.Locator("#Draft_Headline").FillAsync("Harbour sections named like the page");
        await desk.Locator("#Draft_Tags").FillAsync("umerov");
        await desk.Locator("#Draft_Body").FillAsync(
            "## Latest heading\n\nThe cranes turn.\n\n## Preview heading\n\nShips wait.\n\n## Content\n\nGrain first.\n\n### Berth 5\n\nBarley.\n\n## Hot news heading\n\nThen the rest.");

        await desk.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await Expect(desk.Locator("section.preview .story__body h4")).ToHaveCountAsync(4);
        // The page's h1, then its "Preview" section, then the story inside it: one outline, not a second h1.
        Assert.Equal(["1 New story", "2 Preview", "3 Harbour sections named like the page"], await OutlineOutsideTheBodyAsync(desk));
        // The body's sections go under the preview's headline, looking as they will on the story page.
        Assert.Equal(["4 Latest heading", "4 Preview heading", "4 Content", "5 Berth 5", "4 Hot news heading"], await BodyOutlineAsync(desk));
        await AssertBothThemesAsync(desk, "story preview");
        var previewHeadline = await LookAsync(desk.Locator("section.preview .story__headline"));
        var previewSection = await LookAsync(desk.Locator("section.preview .story__body h4#latest-heading"));
        var previewSubsection = await LookAsync(desk.Locator("section.preview .story__body h5#berth-5"));
        await desk.GetByRole(AriaRole.Button, new() { Name = "Publish now", Exact = true }).ClickAsync();
        await Expect(desk.Locator(".editor__status .state")).ToHaveTextAsync("Published");
        await desk.GetByRole(AriaRole.Link, new() { Name = "View on the site", Exact = true }).ClickAsync();

        await Expect(desk.Locator(".story__body h2#latest-heading")).ToHaveTextAsync("Latest heading");
        Assert.Equal(await LookAsync(desk.Locator("#StoryHeadline")), previewHeadline);
        Assert.Equal(await LookAsync(desk.Locator(".story__body h2#latest-heading")), previewSection);
        Assert.Equal(await LookAsync(desk.Locator(".story__body h3#berth-5")), previewSubsection);
        await Expect(desk.GetByRole(AriaRole.Region, new() { Name = "LATEST", Exact = true })).ToHaveCountAsync(1);
        await AssertBothThemesAsync(desk, "story page");
        newsroom.SawNoErrors();
    }

    [Fact]
    public async Task UsersPageAndItsAnswerToANewPasswordBreakNoWcagRule()
    {
        await using var newsroom = await site.OpenReaderAsync();
        var desk = newsroom.Page;
        var forgetful = await Colleague.AddAsync(site, Roles.Author);
        var admin = await Colleague.AddAsync(site, Roles.Admin);
        await desk.GotoAsync("/admin/sign-in");
        await admin.SignInAsync(desk);

        await desk.GotoAsync("/admin/users");
        await AssertBothThemesAsync(desk, "users page");
        // Each row's buttons say whose account they change, as a screen reader's list of buttons reads them.
        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = $"Disable {forgetful.Email}", Exact = true })).ToBeVisibleAsync();
        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = $"Change the role of {forgetful.Email}", Exact = true })).ToBeVisibleAsync();
        await desk.GetByLabel("User", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = forgetful.Email });
        await desk.GetByLabel("New password (at least 12 characters)").FillAsync("a password read out on the phone");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Set the password", Exact = true }).ClickAsync();

        await Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync($"{forgetful.Email} has a new password");
        await AssertBothThemesAsync(desk, "users page after a new password");
        newsroom.SawNoErrors();
    }

    /// <summary>The page's headings in order, as "level text", leaving out those the story's body brings.</summary>
    private static Task<string[]> OutlineOutsideTheBodyAsync(IPage page) =>
        page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]
              .filter(heading => !heading.closest('.story__body'))
              .map(heading => (heading.getAttribute('aria-level') ?? heading.tagName.substring(1)) + ' ' + heading.textContent.trim())
            """);

    /// <summary>The headings the story's body brings, in order, as "level text".</summary>
    private static Task<string[]> BodyOutlineAsync(IPage page) =>
        page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.story__body :is(h1, h2, h3, h4, h5, h6)')]
              .map(heading => heading.tagName.substring(1) + ' ' + heading.textContent.trim())
            """);

    /// <summary>What a reader sees of a heading: its type and spacing as the browser computed them.</summary>
    private static Task<string> LookAsync(ILocator heading) =>
        heading.EvaluateAsync<string>(
            """
            element => {
              const style = getComputedStyle(element);
              return ['font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'margin', 'color']
                .map(name => name + ': ' + style.getPropertyValue(name)).join('; ');
            }
            """);

    private static async Task AssertBothThemesAsync(IPage desk, string pageName)
    {
        await desk.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await AccessibilityRules.AssertNoViolationsAsync(desk, pageName);
        await desk.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await AccessibilityRules.AssertNoViolationsAsync(desk, pageName + ", dark theme");
    }
}
