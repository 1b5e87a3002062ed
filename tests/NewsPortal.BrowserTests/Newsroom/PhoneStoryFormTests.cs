using Microsoft.Extensions.DependencyInjection;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Tags;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>An editor on the narrowest phone writes a story in a form as wide as the screen, whatever the newsroom has written before.</summary>
[Collection(NewsroomSuite.Name)]
public sealed class PhoneStoryFormTests(BrowserSite site)
{
    // A tag that is one long word, as a hashtag or a name run together often is; the form lists the tags in use.
    private const string LongTag = "ParliamentaryCommitteeOnNationalSecurityDefenceAndIntelligence";

    [Fact]
    public async Task TheStoryFormFitsA320PixelScreenThoughATagInUseIsOneLongWord()
    {
        // A site of its own, so that the tags in use are the seed's and this one.
        using var server = new PortalServer();
        var address = server.Start();
        await PublishedStory.PublishAsync(server, "Committee hearing on defence spending", "The committee met.",
            (story, _) => story.AddTag(new Tag { Name = LongTag, Slug = Slug.From(LongTag) }));
        var editor = await AddEditorAsync(server);
        await using var newsroom = await site.OpenReaderAsync(BrowserSite.SmallPhone, address);
        var desk = newsroom.Page;
        await desk.GotoAsync("/admin/sign-in");
        await editor.SignInAsync(desk);
        await Expect(desk.Locator("h1")).ToHaveTextAsync("Stories");

        await desk.GotoAsync("/admin/stories/new");

        await Expect(desk.Locator("#TagsHelp")).ToContainTextAsync(LongTag);
        await newsroom.ScreenshotAsync("new-story-320");
        var tooWide = await SideScroll.OnAsync(desk, BrowserSite.SmallPhone);
        Assert.True(tooWide.Count == 0, string.Join('\n', tooWide));
        newsroom.SawNoErrors();
    }

    private static async Task<Colleague> AddEditorAsync(PortalServer server)
    {
        var editor = new Colleague($"editor-{Guid.NewGuid():N}@newsroom.test", "harbour-cranes-at-dawn");
        await using var scope = server.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>().AddAsync(editor.Email, Roles.Editor, editor.Password);
        Assert.Empty(problems);
        return editor;
    }
}
