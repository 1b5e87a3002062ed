using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Import;

/// <summary>
/// Wire pages unlike the seed (Import/WirePages), each imported by a starting site and read on its story's page as a
/// reader gets it.
/// </summary>
public class WirePageSamplesTests
{
    [Fact]
    public async Task ListsInAStoryComeOutAsListsWithTheNumbersTheWireGave()
    {
        using var folder = SeedFile.FolderWithSample("lists.txt");
        using var app = SiteOn(folder);

        var body = (await StoryPageAsync(app)).QuerySelector(".story__body")!;

        Assert.Equal(["ul", "ol", "ul", "ol", "ul"], body.QuerySelectorAll("ul, ol").Select(list => list.LocalName));
        Assert.Equal(
            [["gas reserves of 13.2 bcm;", "protection of 50 energy facilities;", "a reserve of 1 GW of generation."],
                ["June 30 - inventory;", "August 1 - repairs;", "October 1 - readiness."],
                ["hospitals", "schools", "water utilities"],
                ["inspection", "repair", "test"],
                ["first starred point", "second starred point"]],
            body.QuerySelectorAll("ul, ol").Select(list => list.Children.Select(item => item.Text())));
        Assert.Equal("2", body.QuerySelector("ol")!.GetAttribute("start"));
        Assert.Equal(
            ["The plan provides for:", "The government set three deadlines:", "Priorities named by the minister:", "Steps in order:",
                "Items set apart by blank lines:", "One line that starts like an item is not a list:", "1. on its own", "- a lone dash line stays as written"],
            body.Children.Where(block => block.LocalName == "p").Select(paragraph => paragraph.Text()));
    }

    private static NewsPortalFactory SiteOn(TempFolder folder)
    {
        var app = new NewsPortalFactory().WithSeedFolder(folder.Path);
        // After every sample's time: a story timed later than the clock is not out yet.
        app.Time.SetUtcNow(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero));
        return app;
    }

    private static async Task<IDocument> StoryPageAsync(NewsPortalFactory app)
    {
        var story = await app.WithStoreAsync(db => db.Articles.SingleAsync(a => a.BodyMarkdown != ""));
        return await app.CreateReader().GetPageAsync(Urls.Article(story.Id, story.Slug));
    }
}
