using System.Text.Json;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Api;

public class OpenApiDocumentTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task TheDocumentListsEveryApiPathWithItsNameSummaryAndResponses()
    {
        using var response = await app.CreateReader().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var paths = document.RootElement.GetProperty("paths");
        // Other minimal-API endpoints of the site (feeds) may be described too; the API's own are exactly these.
        Assert.Equal(["/api/stories", "/api/stories/by-slug/{slug}", "/api/stories/{id}", "/api/tags"],
            paths.EnumerateObject().Select(p => p.Name).Where(p => p.StartsWith("/api/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var expected = new Dictionary<string, (string Name, string[] Statuses)>
        {
            ["/api/stories"] = ("ListStories", ["200", "304", "400", "404"]),
            ["/api/stories/{id}"] = ("GetStory", ["200", "304", "404"]),
            ["/api/stories/by-slug/{slug}"] = ("GetStoryBySlug", ["200", "304", "404"]),
            ["/api/tags"] = ("ListTags", ["200", "304"]),
        };
        foreach (var (path, (name, statuses)) in expected)
        {
            var get = paths.GetProperty(path).GetProperty("get");
            Assert.Equal(name, get.GetProperty("operationId").GetString());
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()));
            Assert.Equal(statuses, get.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        }

        var list = paths.GetProperty("/api/stories").GetProperty("get");
        Assert.Equal(["page", "pageSize", "tag", "section"], list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("#/components/schemas/StoryList", list.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(list.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }
}
