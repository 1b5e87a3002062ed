using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Api;

/// <summary>Drafts, stories in review, unpublished and scheduled ones never leak through the API: not listed, not found, not counted.</summary>
public class ApiPublishedOnlyTests
{
    [Fact]
    public async Task HiddenStoriesAreNeitherListedNorFoundNorCounted()
    {
        using var app = new NewsPortalFactory();
        var hidden = new[]
        {
            await app.AddStoryAsync("Draft about Umerov", NewsPortalFactory.SeedEvening.AddHours(-1), ["umerov", "embargo"], status: ArticleStatus.Draft),
            await app.AddStoryAsync("Umerov story in review", NewsPortalFactory.SeedEvening.AddHours(-1), ["umerov", "embargo"], status: ArticleStatus.InReview),
            await app.AddStoryAsync("Unpublished Umerov story", NewsPortalFactory.SeedEvening.AddHours(-1), ["umerov", "embargo"], status: ArticleStatus.Unpublished),
            await app.AddStoryAsync("Scheduled Umerov story", NewsPortalFactory.SeedEvening.AddHours(1), ["umerov", "embargo"]),
        };
        var reader = app.CreateReader();

        var list = await reader.GetJsonAsync("/api/stories?pageSize=100");
        var umerov = await reader.GetJsonAsync("/api/stories?tag=umerov&pageSize=100");
        var embargo = await reader.GetJsonAsync("/api/stories?tag=embargo");
        var tags = await reader.GetJsonAsync("/api/tags");

        Assert.Equal(21, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(11, umerov.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, embargo.GetProperty("totalCount").GetInt32());
        foreach (var story in hidden)
        {
            Assert.DoesNotContain(story.Headline, list.GetProperty("items").Strings("headline"));
            await reader.GetJsonAsync($"/api/stories/{story.Id}", HttpStatusCode.NotFound);
            await reader.GetJsonAsync($"/api/stories/by-slug/{story.Slug}", HttpStatusCode.NotFound);
        }

        Assert.Equal(["kubilius", "umerov"], tags.Strings("slug"));
        Assert.Equal(11, tags[1].GetProperty("storyCount").GetInt32());
    }

    [Fact]
    public async Task AScheduledStoryAppearsOnceItsTimeHasCome()
    {
        using var app = new NewsPortalFactory();
        var scheduled = await app.AddStoryAsync("Scheduled Umerov story", NewsPortalFactory.SeedEvening.AddHours(1), ["umerov", "embargo"]);
        var reader = app.CreateReader();
        await reader.GetJsonAsync($"/api/stories/{scheduled.Id}", HttpStatusCode.NotFound);

        app.Time.Advance(TimeSpan.FromHours(1));
        var list = await reader.GetJsonAsync("/api/stories");
        var story = await reader.GetJsonAsync($"/api/stories/{scheduled.Id}");
        var bySlug = await reader.GetJsonAsync($"/api/stories/by-slug/{scheduled.Slug}");
        var tags = await reader.GetJsonAsync("/api/tags");

        Assert.Equal("Scheduled Umerov story", list.GetProperty("items")[0].GetProperty("headline").GetString());
        Assert.Equal(22, list.GetProperty("totalCount").GetInt32());
        Assert.Equal("2025-03-07T19:00:00Z", story.GetProperty("publishedAt").GetString());
        Assert.Equal(scheduled.Id, bySlug.GetProperty("id").GetInt32());
        Assert.Equal(["embargo", "kubilius", "umerov"], tags.Strings("slug"));
        Assert.Equal([1, 1, 12], tags.EnumerateArray().Select(t => t.GetProperty("storyCount").GetInt32()));
    }
}
