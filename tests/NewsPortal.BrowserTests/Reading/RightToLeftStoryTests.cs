using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Tags;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>
/// A story written in Arabic reads right to left wherever it shows, on a site whose own language is written left
/// to right: its headline, body and tags on its page, its headline in the lists. A left-to-right story beside it
/// stays left to right.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class RightToLeftStoryTests(BrowserSite site)
{
    private const string Headline = "الحكومة تعلن عن خطة جديدة للطاقة المتجددة";
    private const string Tag = "طاقة";

    [Fact]
    public async Task AnArabicStoryReadsRightToLeftOnItsPageAndInTheLists()
    {
        // A site of its own, so that this story crowds no other test's front page.
        using var server = new PortalServer();
        var address = server.Start();
        var storyUrl = await PublishAsync(server);
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync(storyUrl);
        await Expect(page.Locator("h1")).ToHaveTextAsync(Headline);
        Assert.Equal("rtl", await DirectionAsync(page.Locator("h1")));
        Assert.Equal("rtl", await DirectionAsync(page.Locator(".story__body p").First));
        Assert.Equal("rtl", await DirectionAsync(page.Locator(".story__tags a").Last));
        Assert.Equal("ltr", await DirectionAsync(page.Locator(".related--more-about .story-list__headline").First));

        await page.GotoAsync("/");
        Assert.Equal("rtl", await DirectionAsync(page.Locator("#LeadHeadline")));
        Assert.Equal("rtl", await DirectionAsync(page.Locator(".lead__summary")));
        Assert.Equal("ltr", await DirectionAsync(page.Locator(".front__newest .story-list__headline").First));

        await page.GotoAsync(Urls.Tag(Slug.From(Tag)));
        Assert.Equal("rtl", await DirectionAsync(page.Locator("h1")));
        Assert.Equal("rtl", await DirectionAsync(page.Locator(".story-list__headline").First));

        await page.GotoAsync($"/search?q={Uri.EscapeDataString("الطاقة")}");
        Assert.Equal("rtl", await DirectionAsync(page.Locator(".search-results .story-list__headline").First));
        Assert.Equal("rtl", await DirectionAsync(page.Locator(".search-results__snippet").First));
    }

    private static Task<string> DirectionAsync(ILocator element) =>
        element.EvaluateAsync<string>("element => getComputedStyle(element).direction");

    private static Task<string> PublishAsync(PortalServer server) =>
        PublishedStory.PublishAsync(server, Headline, "تحدثت الحكومة عن الطاقة المتجددة والخطط المستقبلية.\n\nفقرة ثانية.", (story, db) =>
        {
            // MORE ABOUT follows the first tag: umerov puts the seed's English stories there.
            story.AddTag(db.Tags.Single(tag => tag.Slug == "umerov"));
            story.AddTag(new Tag { Name = Tag, Slug = Slug.From(Tag) });
        });
}
