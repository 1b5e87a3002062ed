using System.Net;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Api;

/// <summary>A bad query value is a 400 problem that names the parameter: never a 500, never a silent default.</summary>
public class ApiBadRequestTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("page=1.0", "page")]
    [InlineData("page=1e0", "page")]
    [InlineData("page=+0", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("page=", "page")]
    [InlineData("page=%00", "page")]
    [InlineData("page=1&page=2", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("tag=", "tag")]
    [InlineData("section=%20", "section")]
    [InlineData("tag=umerov&tag=kubilius", "tag")]
    [InlineData("section=Facts&section=Sport", "section")]
    public async Task ABadParameterIsABadRequestProblemThatNamesIt(string query, string parameter)
    {
        var problem = await app.CreateReader().GetJsonAsync($"/api/stories?{query}", HttpStatusCode.BadRequest);

        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var reasons = problem.GetProperty("errors").GetProperty(parameter);
        Assert.StartsWith($"The {parameter} must ", reasons[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(reasons[0].GetString()!, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(problem.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task EveryBadParameterIsNamedAtOnce()
    {
        var problem = await app.CreateReader().GetJsonAsync("/api/stories?page=abc&pageSize=500&tag=", HttpStatusCode.BadRequest);

        Assert.Equal(["page", "pageSize", "tag"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal("The page must be a whole number from 1 up, as in page=2; \"abc\" is not.", problem.GetProperty("errors").GetProperty("page")[0].GetString());
        Assert.Equal("The pageSize must be a whole number from 1 to 100; \"500\" is not.", problem.GetProperty("errors").GetProperty("pageSize")[0].GetString());
    }

    [Theory]
    [InlineData("page=01", "page", "1")]
    [InlineData("page=%2B1", "page", "1")]
    [InlineData("page=%202", "page", "2")]
    [InlineData("pageSize=020", "pageSize", "20")]
    public async Task ANumberSpeltAnotherWayThanTheListsOwnLinksIsRefusedNamingThatSpelling(string query, string parameter, string digits)
    {
        var problem = await app.CreateReader().GetJsonAsync($"/api/stories?{query}", HttpStatusCode.BadRequest);

        var sent = Uri.UnescapeDataString(query[(query.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        Assert.Equal($"The {parameter} must be written as {digits}, in digits alone; \"{sent}\" is not.", problem.GetProperty("errors").GetProperty(parameter)[0].GetString());
    }

    [Theory]
    [InlineData("page=1&pageSize=1")]
    [InlineData("pageSize=100")]
    public async Task GoodEdgeValuesAreAccepted(string query)
    {
        await app.CreateReader().GetJsonAsync($"/api/stories?{query}");
    }

    [Fact]
    public async Task AnAddressTooLongForTheSiteIsAProblemNotAnHtmlPage()
    {
        var problem = await app.CreateReader().GetJsonAsync("/api/stories?tag=" + new string('a', 17 * 1024), HttpStatusCode.RequestUriTooLong);

        Assert.Equal(414, problem.GetProperty("status").GetInt32());
        Assert.Contains("16,384 characters at most", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyTooLargeForTheSiteIsAProblemNotAnHtmlPage()
    {
        using var body = new ByteArrayContent(new byte[11 * 1024 * 1024]);

        using var response = await app.CreateReader().PostAsync(new Uri("/api/stories", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("10 MB at most", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
