using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using static NewsPortal.Tests.Support.CacheChecks;

namespace NewsPortal.Tests.Api;

/// <summary>Every API answer has a strong ETag and asks to be revalidated; a client holding the current copy gets 304.</summary>
public class ApiCachingTests
{
    [Theory]
    [InlineData("/api/stories")]
    [InlineData("/api/stories?tag=umerov&pageSize=5")]
    [InlineData("/api/stories/1")]
    [InlineData("/api/tags")]
    [InlineData("/api/stories?page=abc")]
    [InlineData("/api/stories/999999")]
    public async Task EveryAnswerCarriesTheHashOfItsBodyAsAStrongETag(string url)
    {
        using var app = new NewsPortalFactory();

        using var response = await app.CreateReader().GetAsync(new Uri(url, UriKind.Relative));

        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(body))}\"", response.Headers.ETag.Tag);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Theory]
    [InlineData("/api/stories")]
    [InlineData("/api/stories/1")]
    [InlineData("/api/stories/by-slug/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of")]
    [InlineData("/api/tags")]
    public async Task AClientHoldingTheCurrentCopyGetsNotModifiedWithNoBody(string url)
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        using var first = await reader.GetAsync(new Uri(url, UriKind.Relative));

        using var again = await GetIfNoneMatchAsync(reader, url, first.Headers.ETag!);
        using var weakly = await GetIfNoneMatchAsync(reader, url, new EntityTagHeaderValue(first.Headers.ETag!.Tag, isWeak: true));
        using var other = await GetIfNoneMatchAsync(reader, url, new EntityTagHeaderValue("\"something-else\""));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.True(again.Headers.CacheControl?.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, weakly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnErrorIsNeverNotModified()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        using var first = await reader.GetAsync(new Uri("/api/stories/999999", UriKind.Relative));

        using var again = await GetIfNoneMatchAsync(reader, "/api/stories/999999", first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task AChangedStoryGetsANewETag()
    {
        using var app = new NewsPortalFactory();
        var story = await app.AddStoryAsync("Umerov meets Kubilius", NewsPortalFactory.SeedEvening.AddHours(-1), ["umerov"]);
        var reader = app.CreateReader();
        var url = $"/api/stories/{story.Id}";
        using var before = await reader.GetAsync(new Uri(url, UriKind.Relative));
        using var listBefore = await reader.GetAsync(new Uri("/api/stories", UriKind.Relative));

        await app.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Headline, "Umerov meets Kubilius again")));
        using var after = await GetIfNoneMatchAsync(reader, url, before.Headers.ETag!);
        using var listAfter = await GetIfNoneMatchAsync(reader, "/api/stories", listBefore.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Umerov meets Kubilius again", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, listAfter.StatusCode);
        Assert.NotEqual(listBefore.Headers.ETag, listAfter.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/stories", HttpStatusCode.OK)]
    [InlineData("/api/stories/1", HttpStatusCode.OK)]
    [InlineData("/api/stories/by-slug/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of", HttpStatusCode.OK)]
    [InlineData("/api/tags", HttpStatusCode.OK)]
    [InlineData("/api/stories/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/stories?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    public async Task AHeadRequestGetsTheStatusAndHeadersOfGet(string url, HttpStatusCode status)
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        using var get = await reader.GetAsync(new Uri(url, UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative));
        using var head = await reader.SendAsync(request);

        Assert.Equal(status, get.StatusCode);
        Assert.Equal(status, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag); // Kestrel leaves the body out; the test server does not
    }
}
