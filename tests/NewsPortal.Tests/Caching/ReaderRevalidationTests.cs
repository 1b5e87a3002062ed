using System.Net;
using System.Net.Http.Headers;
using System.IO.Hashing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Caching;
using static NewsPortal.Tests.Support.CacheChecks;

namespace NewsPortal.Tests.Caching;

/// <summary>
/// Readers' pages, feeds and sitemaps carry a weak ETag, the XXH128 hash of the page; sending it back in If-None-Match gets
/// 304 with no body until the page changes, whether the page is built or comes from the output cache.
/// </summary>
public class ReaderRevalidationTests
{
    private const string SeedPath = "/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of";

    private static readonly string[] ReaderAddresses =
        ["/", SeedPath, "/latest", "/tags/umerov", "/sections/facts", "/search?q=umerov", "/feed.rss", "/feed.atom",
         "/tags/umerov/feed.atom", "/sitemap.xml", "/sitemaps/1.xml", "/news-sitemap.xml", "/robots.txt"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EveryReaderAddressAnswersItsOwnTagWithNotModified(bool cacheOn)
    {
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", cacheOn ? "true" : "false");
        var reader = app.CreateReader();

        foreach (var url in ReaderAddresses)
        {
            using var first = await reader.GetAsync(new Uri(url, UriKind.Relative));
            var body = await first.Content.ReadAsByteArrayAsync();
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(body.Length, first.Content.Headers.ContentLength);
            Assert.Equal(new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(XxHash128.Hash(body))}\"", isWeak: true), first.Headers.ETag);

            using var held = await GetIfNoneMatchAsync(reader, url, first.Headers.ETag!);
            using var other = await GetIfNoneMatchAsync(reader, url, new EntityTagHeaderValue("\"something-else\"", isWeak: true));

            Assert.True(HttpStatusCode.NotModified == held.StatusCode, $"{url}: {held.StatusCode}");
            Assert.Empty(await held.Content.ReadAsByteArrayAsync());
            Assert.Equal(first.Headers.ETag, held.Headers.ETag);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.Equal(body, await other.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task APublishedStoryGivesTheListsANewTag(bool cacheOn)
    {
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", cacheOn ? "true" : "false");
        var reader = app.CreateReader();
        using var before = await reader.GetAsync(new Uri("/", UriKind.Relative));
        using var feedBefore = await reader.GetAsync(new Uri("/feed.rss", UriKind.Relative));

        await app.AddStoryAsync("Kubilius visits Kyiv again", NewsPortalFactory.SeedEvening.AddMinutes(-5), ["kubilius"]);
        using var after = await GetIfNoneMatchAsync(reader, "/", before.Headers.ETag!);
        using var feedAfter = await GetIfNoneMatchAsync(reader, "/feed.rss", feedBefore.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Kubilius visits Kyiv again", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, feedAfter.StatusCode);
        Assert.Contains("Kubilius visits Kyiv again", await feedAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The API's answers go through the same 304 decision (EntityTags.AnswersNotModified).
    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/api/stories")]
    public async Task AnAnswerTheCacheLostGoesBackIntoItEvenForClientsHoldingItsTag(string url)
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        using var first = await reader.GetAsync(new Uri(url, UriKind.Relative));
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(ReaderCache.Tag, CancellationToken.None);

        using var rebuilt = await GetIfNoneMatchAsync(reader, url, first.Headers.ETag!);
        using var again = await GetIfNoneMatchAsync(reader, url, first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        Assert.Equal(first.Headers.ETag, rebuilt.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.True(await CacheChecks.ServedFromCacheAsync(reader, url));
    }

    [Fact]
    public async Task ACompressedPageHasTheSameTagAsThePageItself()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        using var plain = await reader.GetAsync(new Uri(SeedPath, UriKind.Relative));

        using var compressed = await GetAsync(reader, SeedPath, request => request.Headers.AcceptEncoding.ParseAdd("br"));
        using var held = await GetAsync(reader, SeedPath, request =>
        {
            request.Headers.AcceptEncoding.ParseAdd("br");
            request.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        });

        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Equal(plain.Headers.ETag, compressed.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, held.StatusCode);
    }

    [Fact]
    public async Task AHeadRequestForAPageCarriesTheTagOfItsGet()
    {
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", "false");
        var reader = app.CreateReader();
        using var get = await reader.GetAsync(new Uri(SeedPath, UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(SeedPath, UriKind.Relative));
        using var head = await reader.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.NotNull(head.Headers.ETag);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task AMissingPageIsNeverNotModifiedAndKeepsItsErrorPage()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();

        using var missing = await GetAsync(reader, "/articles/999999", request => request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
        Assert.Contains("There is no story at this address", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyADateAlreadyPastInIfModifiedSinceCanGetNotModified()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        using var first = await reader.GetAsync(new Uri("/latest", UriKind.Relative));
        Assert.True(await ServedFromCacheAsync(reader, "/latest"));

        using var past = await GetAsync(reader, "/latest", request => request.Headers.IfModifiedSince = first.Headers.Date);
        using var future = await GetAsync(reader, "/latest", request => request.Headers.IfModifiedSince = DateTimeOffset.UtcNow.AddYears(70));
        using var twice = await GetAsync(reader, "/latest", request =>
            request.Headers.TryAddWithoutValidation("If-Modified-Since", ["Mon, 01 Jan 2024 00:00:00 GMT", "Tue, 02 Jan 2024 00:00:00 GMT"]));

        Assert.Equal(HttpStatusCode.NotModified, past.StatusCode);
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, Action<HttpRequestMessage> prepare)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        prepare(request);
        return await client.SendAsync(request);
    }
}
