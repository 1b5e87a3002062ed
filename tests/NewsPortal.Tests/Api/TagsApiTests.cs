using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Api;

public class TagsApiTests
{
    [Fact]
    public async Task TagsComeByNameWithTheirPublishedStoryCounts()
    {
        using var app = new NewsPortalFactory();

        var tags = await app.CreateReader().GetJsonAsync("/api/tags");

        Assert.Equal(["kubilius", "umerov"], tags.Strings("name"));
        Assert.Equal(["kubilius", "umerov"], tags.Strings("slug"));
        Assert.Equal([1, 11], tags.EnumerateArray().Select(t => t.GetProperty("storyCount").GetInt32()));
        Assert.Equal(["http://localhost/tags/kubilius", "http://localhost/tags/umerov"], tags.Strings("url"));
    }

    [Fact]
    public async Task TagsSortRegardlessOfLetterCaseAndTagsWithoutPublishedStoriesAreLeftOut()
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("A story about Zelensky", NewsPortalFactory.SeedEvening.AddHours(-2), ["Zelensky", "Brussels"]);
        await app.AddStoryAsync("A draft about drones", NewsPortalFactory.SeedEvening.AddHours(-2), ["drones"], status: Web.Articles.ArticleStatus.Draft);

        var tags = await app.CreateReader().GetJsonAsync("/api/tags");

        Assert.Equal(["Brussels", "kubilius", "umerov", "Zelensky"], tags.Strings("name"));
        Assert.Equal(["brussels", "kubilius", "umerov", "zelensky"], tags.Strings("slug"));
    }
}
