using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>What a reader clicks through on a desktop screen, checked in the browser as they see it.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ReaderJourneyTests(BrowserSite site)
{
    [Fact]
    public async Task ReaderOpensFrontPageFollowsSeedStoryThenItsTag()
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;

        await page.GotoAsync("/");
        var lead = page.Locator("#LeadHeadline a");
        await Expect(lead).ToHaveTextAsync(SeedStory.Headline);
        await reader.ScreenshotAsync("front");

        await lead.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/articles/1/umerov-kubilius-discuss-[a-z0-9-]+$"));
        var story = page.Locator("article.story");
        await Expect(page.Locator("h1")).ToHaveTextAsync(SeedStory.Headline);
        await Expect(page).ToHaveTitleAsync(new Regex("^" + Regex.Escape(SeedStory.Headline)));
        await Expect(story.Locator(".story__section")).ToHaveTextAsync(SeedStory.Section);
        await Expect(story.Locator("time")).ToHaveTextAsync(SeedStory.ShownTime);
        await Expect(story.GetByText(SeedStory.ReadingTime, new() { Exact = true })).ToBeVisibleAsync();

        var figure = story.Locator("figure");
        await Expect(figure.Locator("figcaption")).ToContainTextAsync("Photo:");
        var credit = figure.Locator("figcaption").GetByRole(AriaRole.Link);
        await Expect(credit).ToBeVisibleAsync();
        await Expect(credit).ToHaveAttributeAsync("href", new Regex("^" + Regex.Escape(SeedStory.CreditUrlStart)));
        await Expect(story.Locator(".story__body p")).ToHaveCountAsync(SeedStory.BodyParagraphs);

        var tags = story.Locator(".story__tags");
        await Expect(tags).ToContainTextAsync("Tags:");
        var tagLinks = tags.GetByRole(AriaRole.Link);
        await Expect(tagLinks).ToHaveTextAsync(["#umerov", "#kubilius"]);
        await Expect(tagLinks.First).ToHaveAttributeAsync("href", "/tags/umerov");
        await Expect(tagLinks.Last).ToHaveAttributeAsync("href", "/tags/kubilius");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(["MORE ABOUT", "HOT NEWS", "LATEST"]);
        var moreAbout = page.GetByRole(AriaRole.Region, new() { Name = "MORE ABOUT" }).Locator("ol.story-list li a");
        await Expect(moreAbout).ToHaveCountAsync(SeedStory.MoreAboutCount);
        await Expect(moreAbout.First).ToHaveTextAsync(SeedStory.FirstMoreAbout);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "HOT NEWS" }).Locator("ol.story-list li a")).Not.ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "LATEST" }).Locator("ol.story-list li a")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("aside.ad-slot")).ToBeEmptyAsync();
        var moreAboutLinks = await HrefsAsync(moreAbout);
        await reader.ScreenshotAsync("article");

        await tags.GetByRole(AriaRole.Link, new() { Name = "#umerov", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tags/umerov$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("#umerov");
        var listed = await HrefsAsync(page.Locator("main ol.story-list li a"));
        Assert.Subset(listed.ToHashSet(StringComparer.Ordinal), moreAboutLinks.ToHashSet(StringComparer.Ordinal));
        Assert.Contains(listed, link => link.StartsWith("/articles/1/", StringComparison.Ordinal));
        await reader.ScreenshotAsync("tag-umerov");

        reader.SawNoErrors();
    }

    [Fact]
    public async Task ReaderFollowingLatestItemReachesItsPage()
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;

        await page.GotoAsync("/");
        await reader.ScreenshotAsync("front");
        var fromFront = page.GetByRole(AriaRole.Region, new() { Name = "LATEST" }).Locator("ol.story-list li a").First;
        var reached = await FollowAsync(page, fromFront);
        await reader.ScreenshotAsync("latest-story");

        var latestHere = page.GetByRole(AriaRole.Region, new() { Name = "LATEST" }).Locator("ol.story-list li a");
        var otherStory = latestHere.Filter(new() { HasNotText = await page.Locator("h1").InnerTextAsync() }).First;
        var next = await FollowAsync(page, otherStory);
        Assert.NotEqual(reached, next);
        await reader.ScreenshotAsync("next-latest-story");

        reader.SawNoErrors();
    }

    [Fact]
    public async Task ReaderSearchesAndReadsEachSnippetUnderItsHeadline()
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Searchbox).FillAsync("defense minister");
        await page.GetByRole(AriaRole.Searchbox).PressAsync("Enter");
        var hit = page.Locator("ol.search-results li").Filter(new() { Has = page.Locator(".search-results__snippet") }).First;
        await Expect(hit.Locator("a")).ToHaveTextAsync(SeedStory.Headline);
        await reader.ScreenshotAsync("search");

        var headline = await hit.Locator("a").BoundingBoxAsync();
        var snippet = await hit.Locator(".search-results__snippet").BoundingBoxAsync();
        Assert.NotNull(headline);
        Assert.NotNull(snippet);
        Assert.InRange(snippet.X, headline.X - 1, headline.X + 1);
        Assert.True(snippet.Y >= headline.Y + headline.Height - 1, "the snippet is below its headline");
        Assert.True(snippet.Width >= headline.Width - 1, "the snippet is as wide as the headline's column");
        reader.SawNoErrors();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReaderSearchingATagsNameFollowsTheTopicToTheTagPage(bool onPhone)
    {
        await using var reader = await site.OpenReaderAsync(onPhone ? BrowserSite.Phone : BrowserSite.Desktop);
        var page = reader.Page;

        await page.GotoAsync("/search");
        await page.Locator("main").GetByRole(AriaRole.Searchbox).FillAsync("KUBILIUS");
        await page.Locator("main").GetByRole(AriaRole.Searchbox).PressAsync("Enter");
        var topics = page.GetByRole(AriaRole.Navigation, new() { Name = "Topics" });
        await Expect(topics).ToContainTextAsync("Topics:");
        var topic = topics.GetByRole(AriaRole.Link);
        await Expect(topic).ToHaveTextAsync(["#kubilius →"]);
        await reader.ScreenshotAsync(onPhone ? "search-topics-phone" : "search-topics");

        var topicBox = await topics.BoundingBoxAsync();
        var countBox = await page.Locator(".listing__count").BoundingBoxAsync();
        Assert.NotNull(topicBox);
        Assert.NotNull(countBox);
        Assert.True(topicBox.Y + topicBox.Height <= countBox.Y, "the topics are above the results");
        var labelBox = await topics.Locator(".search-topics__label").BoundingBoxAsync();
        var linkBox = await topic.BoundingBoxAsync();
        Assert.NotNull(labelBox);
        Assert.NotNull(linkBox);
        Assert.True(linkBox.Y < labelBox.Y + labelBox.Height && labelBox.Y < linkBox.Y + linkBox.Height, "the topic is on the line of \"Topics:\"");
        Assert.True(await page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= window.innerWidth"), "the page fits the screen's width");

        await topic.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tags/kubilius$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("#kubilius");
        reader.SawNoErrors();
    }

    [Fact]
    public async Task ReaderPagesLoadWithoutFailedRequestsOrConsoleErrors()
    {
        await using var reader = await site.OpenReaderAsync();
        var page = reader.Page;

        foreach (var (path, name) in new[] { ("/", "front"), ("/latest", "latest"), ("/articles/1", "article"), ("/tags/umerov", "tag-umerov"), ("/tags/kubilius", "tag-kubilius") })
        {
            var response = await page.GotoAsync(path);
            Assert.NotNull(response);
            Assert.True(response.Ok, $"{path} answered {response.Status}");
            await Expect(page.Locator("h1")).Not.ToBeEmptyAsync();
            await reader.ScreenshotAsync(name);
        }

        reader.SawNoErrors();
    }

    /// <summary>Clicks a headline link and checks the reader lands on that story: its address and its headline.</summary>
    private static async Task<string> FollowAsync(IPage page, ILocator link)
    {
        var headline = (await link.InnerTextAsync()).Trim();
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException($"'{headline}' has no link.");
        Assert.Matches("^/articles/[0-9]+/", href);

        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(href) + "$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(headline);
        return href;
    }

    private static async Task<IReadOnlyList<string>> HrefsAsync(ILocator links) =>
        await links.EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
}
