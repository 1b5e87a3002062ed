using System.Net;
using AngleSharp;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Api;

public class StoriesApiTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    private const string SeedHeadline = "Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products";
    private const string SeedSlug = "umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of";

    [Fact]
    public async Task StoryListMatchesTheLatestPageNewestFirstWithTimesOnlyWhereTheWireGaveThem()
    {
        var reader = app.CreateReader();

        var list = await reader.GetJsonAsync("/api/stories");
        var page = await reader.GetPageAsync("/latest");

        var items = list.GetProperty("items").EnumerateArray().ToList();
        var rows = page.QuerySelectorAll("main ol.story-list li").Select(li => (
            Path: li.QuerySelector("a")!.GetAttribute("href"),
            Time: li.QuerySelector("time")?.GetAttribute("datetime"))).ToList();
        Assert.Equal(rows, items.Select(item => (
            Path: (string?)new Uri(item.GetProperty("url").GetString()!).AbsolutePath,
            Time: item.GetProperty("publishedAt").GetString())));
        Assert.Equal(10, items.Count(item => item.IsNull("publishedAt")));
    }

    [Fact]
    public async Task StoryListPagesCarryTheirCountsAndANextLink()
    {
        var reader = app.CreateReader();

        var first = await reader.GetJsonAsync("/api/stories");
        var second = await reader.GetJsonAsync("/api/stories?page=2");

        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(20, first.GetProperty("pageSize").GetInt32());
        Assert.Equal(21, first.GetProperty("totalCount").GetInt32()); // the seed story and its 20 briefs
        Assert.Equal(2, first.GetProperty("totalPages").GetInt32());
        Assert.Equal("http://localhost/api/stories?page=2&pageSize=20", first.GetProperty("next").GetString());
        Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.True(second.IsNull("next"));
        Assert.DoesNotContain(second.GetProperty("items")[0].GetProperty("id").GetInt32(), first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task AListedStoryCarriesItsTimeAddressTagsAndSection()
    {
        var list = await app.CreateReader().GetJsonAsync("/api/stories?section=Facts");

        var story = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(1, story.GetProperty("id").GetInt32());
        Assert.Equal(SeedSlug, story.GetProperty("slug").GetString());
        Assert.Equal(SeedHeadline, story.GetProperty("headline").GetString());
        Assert.Equal("Facts", story.GetProperty("section").GetString());
        Assert.StartsWith("Minister of Defense of Ukraine Rustem Umerov held a meeting", story.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-03-07T14:27:00Z", story.GetProperty("publishedAt").GetString());
        Assert.Equal($"http://localhost/articles/1/{SeedSlug}", story.GetProperty("url").GetString());
        Assert.Equal(["umerov", "kubilius"], story.GetProperty("tags").Strings("slug"));
        Assert.Equal(["umerov", "kubilius"], story.GetProperty("tags").Strings("name"));
        Assert.False(story.GetProperty("isHot").GetBoolean());
    }

    [Theory]
    [InlineData("tag=umerov", 11)]
    [InlineData("tag=KUBILIUS", 1)]
    [InlineData("section=facts", 1)]
    [InlineData("tag=umerov&section=Facts", 1)]
    [InlineData("tag=kubilius&section=Sport", 0)]
    [InlineData("tag=no-such-tag", 0)]
    [InlineData("pageSize=100&unknown=ignored", 21)]
    public async Task FiltersNarrowTheList(string query, int expected)
    {
        var list = await app.CreateReader().GetJsonAsync($"/api/stories?{query}");

        Assert.Equal(expected, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, list.GetProperty("items").GetArrayLength());
        Assert.Equal(1, list.GetProperty("totalPages").GetInt32());
    }

    [Fact]
    public async Task TheSectionFilterIgnoresLetterCaseInEveryAlphabet()
    {
        // Its own store: the story would change the other tests' counts.
        using var store = new NewsPortalFactory();
        var story = await store.AddStoryAsync("Hryvnia holds steady", NewsPortalFactory.SeedEvening.AddMinutes(-30));
        await store.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.Section, "Економіка")));

        var list = await store.CreateReader().GetJsonAsync("/api/stories?section=ЕКОНОМІКА");
        // The section's page is /sections/ekonomika: its slug names it too.
        var bySlug = await store.CreateReader().GetJsonAsync("/api/stories?section=ekonomika");

        Assert.Equal([story.Id], list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetInt32()));
        Assert.Equal([story.Id], bySlug.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetInt32()));
        Assert.Equal("Економіка", list.GetProperty("items")[0].GetProperty("section").GetString());
    }

    [Fact]
    public async Task TheNextLinkKeepsTheFiltersAndPageSize()
    {
        var reader = app.CreateReader();

        var second = await reader.GetJsonAsync("/api/stories?tag=umerov&pageSize=4&page=2");
        var next = second.GetProperty("next").GetString()!;
        var third = await reader.GetJsonAsync(new Uri(next).PathAndQuery);

        Assert.Equal("http://localhost/api/stories?page=3&pageSize=4&tag=umerov", next);
        Assert.Equal(3, second.GetProperty("totalPages").GetInt32());
        Assert.Equal(3, third.GetProperty("items").GetArrayLength());
        Assert.True(third.IsNull("next"));
        Assert.All(third.GetProperty("items").EnumerateArray(), item => Assert.Contains("umerov", item.GetProperty("tags").Strings("slug")));
    }

    [Theory]
    [InlineData("/api/stories?page=3")]
    [InlineData("/api/stories?tag=kubilius&page=2")]
    [InlineData("/api/stories?pageSize=1&page=22")]
    [InlineData("/api/stories?page=2147483647&pageSize=100")]
    public async Task APagePastTheEndIsANotFoundProblem(string url)
    {
        var problem = await app.CreateReader().GetJsonAsync(url, HttpStatusCode.NotFound);

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("There is no page ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneStoryCarriesWhatItsPageShows()
    {
        var reader = app.CreateReader();

        var story = await reader.GetJsonAsync("/api/stories/1");
        var page = await reader.GetPageAsync($"/articles/1/{SeedSlug}");

        Assert.Equal(page.Text("h1"), story.GetProperty("headline").GetString());
        Assert.Equal(page.Text(".story__section"), story.GetProperty("section").GetString());
        Assert.Equal(page.QuerySelector("header time")!.GetAttribute("datetime"), story.GetProperty("publishedAt").GetString());
        Assert.Equal(page.Text(".story__reading-time"), $"{story.GetProperty("readingTimeMinutes").GetInt32()} min read");
        var body = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(story.GetProperty("bodyHtml").GetString()!));
        Assert.Equal(page.Texts(".story__body p"), body.Texts("p"));
        Assert.Equal(page.Text("figure .story__caption"), story.GetProperty("photo").GetProperty("caption").GetString());
        Assert.Equal(page.QuerySelector("figure .story__credit a")!.GetAttribute("href"), story.GetProperty("photo").GetProperty("creditUrl").GetString());
        Assert.Equal(page.QuerySelectorAll(".story__tags a").Select(a => a.TextContent.TrimStart('#')), story.GetProperty("tags").Strings("name"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), story.GetProperty("url").GetString());
        Assert.Equal(0, story.GetProperty("notices").GetArrayLength());
        Assert.True(story.IsNull("updatedAt")); // as on the page: no notice, no "Updated"
    }

    [Fact]
    public async Task AStoryBySlugIsTheSameAsById()
    {
        var reader = app.CreateReader();

        using var byId = await reader.GetAsync(new Uri("/api/stories/1", UriKind.Relative));
        using var bySlug = await reader.GetAsync(new Uri($"/api/stories/by-slug/{SeedSlug}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, bySlug.StatusCode);
        Assert.Equal(await byId.Content.ReadAsStringAsync(), await bySlug.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/stories/01", "/api/stories/1")]
    [InlineData("/api/stories/+1", "/api/stories/1")]
    [InlineData("/api/stories/%201", "/api/stories/1")]
    [InlineData("/api/stories/0001?fields=all", "/api/stories/1?fields=all")]
    [InlineData("/api/stories/by-slug/UMEROV-Kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of", $"/api/stories/by-slug/{SeedSlug}")]
    public async Task OtherSpellingsOfAStoryMovePermanentlyToItsOneAddress(string url, string canonical)
    {
        using var response = await app.CreateReader().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ABriefWithoutAWireTimeHasNoTimeNotTheHiddenEstimate()
    {
        var reader = app.CreateReader();
        var undated = (await reader.GetJsonAsync("/api/stories")).GetProperty("items").EnumerateArray().First(item => item.IsNull("publishedAt"));

        var story = await reader.GetJsonAsync($"/api/stories/{undated.GetProperty("id").GetInt32()}");

        Assert.True(story.IsNull("publishedAt"));
        Assert.True(story.IsNull("updatedAt"));
        Assert.True(story.IsNull("photo"));
        Assert.Equal("", story.GetProperty("bodyHtml").GetString());
    }

    [Theory]
    [InlineData("/api/stories/999999")]
    [InlineData("/api/stories/0")]
    [InlineData("/api/stories/-1")]
    [InlineData("/api/stories/abc")]
    [InlineData("/api/stories/99999999999999999999")]
    [InlineData("/api/stories/by-slug/no-such-story")]
    [InlineData("/api/stories/1/extra")]
    [InlineData("/api/nothing-here")]
    public async Task UnknownStoriesAndAddressesAreNotFoundProblems(string url)
    {
        var problem = await app.CreateReader().GetJsonAsync(url, HttpStatusCode.NotFound);

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task TheApiIsReadOnly()
    {
        using var response = await app.CreateReader().PostAsync(new Uri("/api/stories", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }
}
