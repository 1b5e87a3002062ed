using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Articles;

/// <summary>The lists on the article page are queries over the store: a new story shows up in them at once.</summary>
public class ArticleListsTests
{
    private const string SeedUrl = "/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of";

    [Fact]
    public async Task ANewStoryWithTheSameTagLeadsMoreAboutAndLatest()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        await reader.GetPageAsync(SeedUrl);

        await app.AddStoryAsync("Kubilius and Umerov sign a production deal", NewsPortalFactory.SeedEvening.AddMinutes(-30), ["kubilius"]);
        var page = await reader.GetPageAsync(SeedUrl);

        var moreAbout = page.Texts("[aria-labelledby=MoreAboutHeading] li a");
        Assert.Equal("Kubilius and Umerov sign a production deal", moreAbout[0]);
        Assert.Equal(10, moreAbout.Count);
        Assert.Equal("Kubilius and Umerov sign a production deal", page.Texts("[aria-labelledby=LatestHeading] li a")[0]);
        Assert.Equal("19:30 07.03.2025", page.Text("[aria-labelledby=MoreAboutHeading] li time"));
    }

    [Fact]
    public async Task DraftsFutureStoriesAndUntaggedStoriesStayOutOfMoreAbout()
    {
        using var app = new NewsPortalFactory();
        var draft = await app.AddStoryAsync("A draft about Umerov", NewsPortalFactory.SeedEvening.AddHours(-1), ["umerov"], status: ArticleStatus.Draft);
        var future = await app.AddStoryAsync("Scheduled Umerov story", NewsPortalFactory.SeedEvening.AddHours(1), ["umerov"]);
        await app.AddStoryAsync("Unrelated story", NewsPortalFactory.SeedEvening.AddHours(-1), ["weather"]);
        var reader = app.CreateReader();

        var page = await reader.GetPageAsync(SeedUrl);

        var moreAbout = page.Texts("[aria-labelledby=MoreAboutHeading] li a");
        Assert.DoesNotContain("A draft about Umerov", moreAbout);
        Assert.DoesNotContain("Scheduled Umerov story", moreAbout);
        Assert.DoesNotContain("Unrelated story", moreAbout);
        Assert.DoesNotContain("A draft about Umerov", page.Texts("[aria-labelledby=LatestHeading] li a"));
        await reader.GetPageAsync($"/articles/{draft.Id}/{draft.Slug}", HttpStatusCode.NotFound);
        await reader.GetPageAsync($"/articles/{future.Id}/{future.Slug}", HttpStatusCode.NotFound);

        app.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal("Scheduled Umerov story", (await reader.GetPageAsync(SeedUrl)).Texts("[aria-labelledby=MoreAboutHeading] li a")[0]);
        await reader.GetPageAsync($"/articles/{future.Id}/{future.Slug}");
    }

    [Fact]
    public async Task AHotStoryLeadsHotNews()
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("Breaking: a hot story", NewsPortalFactory.SeedEvening.AddMinutes(-5), hot: true);

        var page = await app.CreateReader().GetPageAsync(SeedUrl);

        var hot = page.Texts("[aria-labelledby=HotNewsHeading] li a");
        Assert.Equal("Breaking: a hot story", hot[0]);
        Assert.Equal(5, hot.Count);
    }

    [Fact]
    public async Task TheAdSlotCarriesTheConfiguredAdvert()
    {
        using var app = new NewsPortalFactory().With("Newsroom:AdSlotHtml", "<a href=\"https://ads.example/\">Advert</a>");

        var page = await app.CreateReader().GetPageAsync(SeedUrl);

        Assert.Equal("https://ads.example/", page.QuerySelector("aside.ad-slot a")!.GetAttribute("href"));
    }
}
