using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Pages;

public class FrontPageTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task FrontPageLeadsWithTheNewestFullStoryAndListsHotAndLatest()
    {
        var seed = SeedFile.Parse();

        var page = await app.CreateReader().GetPageAsync("/");

        Assert.Equal(seed.Headline, page.Text("#LeadHeadline"));
        Assert.Equal("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of", page.QuerySelector("#LeadHeadline a")!.GetAttribute("href"));
        Assert.Equal("16:27 07.03.2025", page.Text(".lead time"));
        Assert.StartsWith("Minister of Defense of Ukraine", page.Text(".lead__summary"), StringComparison.Ordinal);
        Assert.Equal(seed.HotNews, page.Texts("[aria-labelledby=HotNewsHeading] li a"));
        Assert.Equal(seed.Latest, page.Texts("[aria-labelledby=LatestHeading] li a"));
    }

    [Theory]
    [InlineData("/index")]
    [InlineData("/Index")]
    public async Task TheFrontPageHasOneAddress(string other)
    {
        await app.CreateReader().GetPageAsync(other, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NewestStoriesCarryTheirTimestampsNewestFirst()
    {
        var seed = SeedFile.Parse();

        var page = await app.CreateReader().GetPageAsync("/");

        var items = page.QuerySelectorAll("[aria-labelledby=NewestHeading] li");
        Assert.Equal(seed.MoreAbout.Select(b => b.Headline), items.Select(li => li.QuerySelector("a")!.Text()));
        Assert.All(items, li => Assert.NotNull(li.QuerySelector("time[datetime]")));
    }

    [Fact]
    public async Task ANewlyPublishedFullStoryBecomesTheLead()
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("A newer full story", NewsPortalFactory.SeedEvening.AddMinutes(-1), ["economy"]);

        var page = await fresh.CreateReader().GetPageAsync("/");

        Assert.Equal("A newer full story", page.Text("#LeadHeadline"));
        Assert.Equal("Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products",
            page.Texts("[aria-labelledby=NewestHeading] li a")[0]);
    }

    [Fact]
    public async Task TheLeadShowsItsPicture()
    {
        using var fresh = new NewsPortalFactory();
        var story = await fresh.AddStoryAsync("A story with a picture", NewsPortalFactory.SeedEvening.AddMinutes(-1));
        await fresh.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Photo.ImageUrl, "/media/picture.jpg").SetProperty(a => a.Photo.Caption, "What the picture shows")));

        var page = await fresh.CreateReader().GetPageAsync("/");

        var picture = page.QuerySelector(".lead img");
        Assert.Equal("/media/picture.jpg", picture?.GetAttribute("src"));
        Assert.Equal("What the picture shows", picture?.GetAttribute("alt"));
        Assert.Null((await app.CreateReader().GetPageAsync("/")).QuerySelector(".lead img")); // the seed's wire story has no picture
    }

    [Fact]
    public async Task TheLeadShowsItsFirstFiveTagsAndItsPageShowsThemAll()
    {
        using var fresh = new NewsPortalFactory();
        var tags = Enumerable.Range(1, 30).Select(number => $"topic {number}").ToArray();
        var story = await fresh.AddStoryAsync("A story with thirty tags", NewsPortalFactory.SeedEvening.AddMinutes(-1), tags);
        var reader = fresh.CreateReader();

        var front = await reader.GetPageAsync("/");
        var storyPage = await reader.GetPageAsync($"/articles/{story.Id}/{story.Slug}");

        Assert.Equal(tags.Take(5).Select(tag => "#" + tag), front.Texts(".lead a[rel=tag]"));
        Assert.Equal(tags.Select(tag => "#" + tag), storyPage.Texts(".story__tags a[rel=tag]"));
    }

    [Fact]
    public async Task LatestBesideTheNewsFeedGoesOnWhereTheFeedStopsInsteadOfRepeatingIt()
    {
        using var site = new NewsPortalFactory().With("Seeds:ImportWhenEmpty", "false").With("Newsroom:PageSize", "5").With("Newsroom:LatestCount", "3");
        for (var hour = 1; hour <= 12; hour++)
        {
            await site.AddStoryAsync($"Story of hour {hour}", NewsPortalFactory.SeedEvening.AddHours(-hour));
        }

        var page = await site.CreateReader().GetPageAsync("/");

        Assert.Equal("Story of hour 1", page.Text("#LeadHeadline"));
        Assert.Equal(["Story of hour 2", "Story of hour 3", "Story of hour 4", "Story of hour 5", "Story of hour 6"], page.Texts("[aria-labelledby=NewestHeading] li a"));
        Assert.Equal(["Story of hour 7", "Story of hour 8", "Story of hour 9"], page.Texts("[aria-labelledby=LatestHeading] li a"));
    }

    [Fact]
    public async Task AnEmptyStoreShowsAnEmptyFrontPageNotAnError()
    {
        using var empty = new NewsPortalFactory().With("Seeds:ImportWhenEmpty", "false");

        var page = await empty.CreateReader().GetPageAsync("/");

        Assert.Equal("No stories have been published yet.", page.Text(".empty-note"));
        await empty.CreateReader().GetPageAsync("/latest");
    }
}
