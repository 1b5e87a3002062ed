using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using static NewsPortal.Tests.Support.CacheChecks;

namespace NewsPortal.Tests.Caching;

/// <summary>
/// Reader responses come from the output cache (a cached response carries an Age header) and every change an
/// editor makes, or a scheduled story going live, shows on the very next request.
/// </summary>
public class OutputCacheTests
{
    private const string SeedPath = "/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of";

    private static readonly string[] ReaderAddresses =
        ["/", SeedPath, "/latest", "/tags/umerov", "/sections/facts", "/search?q=umerov", "/feed.rss", "/feed.atom",
         "/tags/umerov/feed.rss", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt", "/api/stories", "/api/stories/1", "/api/tags"];

    [Fact]
    public async Task EveryReaderAddressIsServedFromTheCacheTheSecondTime()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();

        foreach (var url in ReaderAddresses)
        {
            Assert.False(await ServedFromCacheAsync(reader, url), url);
            Assert.True(await ServedFromCacheAsync(reader, url), url);
        }
    }

    [Fact]
    public async Task AddressesDifferingOnlyInUnreadQueryKeysShareOneCopy()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();

        Assert.False(await ServedFromCacheAsync(reader, "/latest?utm_source=feed"));
        Assert.True(await ServedFromCacheAsync(reader, "/latest?utm_source=other"));
        Assert.False(await ServedFromCacheAsync(reader, "/search?q=kubilius"));
    }

    // A key one kind of page reads is noise on another: made-up values of it must not each build and keep a copy.
    [Theory]
    [InlineData(SeedPath, "q=kubilius", "page=2")]
    [InlineData(SeedPath, "before=2025-03-07T12:00:00Z_5", "tag=umerov")]
    [InlineData("/", "after=2025-03-07T12:00:00Z_5", "section=facts")]
    [InlineData("/latest", "q=kubilius", "page=2")]
    [InlineData("/tags/umerov", "pageSize=5", "q=umerov")]
    [InlineData("/feed.rss", "page=2", "before=2025-03-07T12:00:00Z_5")]
    [InlineData("/api/stories", "q=kubilius", "before=2025-03-07T12:00:00Z_5")]
    public async Task AQueryKeyAPageDoesNotReadSharesItsOneCopy(string path, string firstQuery, string secondQuery)
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();

        Assert.False(await ServedFromCacheAsync(reader, path));
        Assert.True(await ServedFromCacheAsync(reader, $"{path}?{firstQuery}"), firstQuery);
        Assert.True(await ServedFromCacheAsync(reader, $"{path}?{secondQuery}"), secondQuery);
    }

    [Theory]
    [InlineData("/tags/umerov", "/tags/Umerov")]
    [InlineData("/tags/umerov/feed.atom", "/tags/UMEROV/feed.atom")]
    [InlineData("/sections/facts", "/sections/Facts")]
    public async Task AnAddressInOtherLetterCaseStillRedirectsOnceTheCanonicalOneIsCached(string canonical, string otherCase)
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        await ServedFromCacheAsync(reader, canonical);

        using var response = await reader.GetAsync(new Uri(otherCase, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignedInRequestsNeitherReadNorFillTheCache()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var reader = app.CreateReader();

        Assert.False(await ServedFromCacheAsync(editor, "/"));
        Assert.False(await ServedFromCacheAsync(reader, "/"));
        Assert.True(await ServedFromCacheAsync(reader, "/"));
        Assert.False(await ServedFromCacheAsync(editor, "/"));
        using var admin = await editor.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Null(admin.Headers.Age);
    }

    [Fact]
    public async Task PublishEditCorrectionAndUnpublishEachShowOnTheNextRequest()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var reader = app.CreateReader();
        async Task WarmAsync()
        {
            foreach (var url in new[] { "/", "/latest", "/tags/umerov", SeedPath, "/feed.rss", "/api/stories" })
            {
                await reader.GetAsync(new Uri(url, UriKind.Relative));
                Assert.True(await ServedFromCacheAsync(reader, url), url);
            }
        }

        await WarmAsync();
        using var created = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Minister opens a plant"), "Publish");
        var editUrl = created.Headers.Location!.OriginalString;
        var id = editUrl.Split('/')[3];
        Assert.Equal("Minister opens a plant", (await reader.GetPageAsync("/")).Text("#LeadHeadline"));
        Assert.Equal("Minister opens a plant", (await reader.GetPageAsync("/tags/umerov")).Texts("main li a")[0]);
        Assert.Equal("Minister opens a plant", (await reader.GetPageAsync(SeedPath)).Texts("[aria-labelledby=MoreAboutHeading] li a")[0]);
        Assert.Contains("Minister opens a plant", await reader.GetStringAsync(new Uri("/feed.rss", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Minister opens a plant", await reader.GetStringAsync(new Uri("/api/stories", UriKind.Relative)), StringComparison.Ordinal);

        await WarmAsync();
        var storyPath = $"/articles/{id}/minister-opens-a-plant";
        Assert.False(await ServedFromCacheAsync(reader, storyPath));
        using var edited = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Headline"] = "Minister opens two plants" }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("Minister opens two plants", (await reader.GetPageAsync("/")).Text("#LeadHeadline"));
        Assert.Equal("Minister opens two plants", (await reader.GetPageAsync(storyPath)).Text("h1"));

        Assert.True(await ServedFromCacheAsync(reader, storyPath));
        using var corrected = await editor.SubmitFormAsync(editUrl, ".notices-editor form.notice-add",
            new() { ["NoticeKind"] = "Correction", ["NoticeText"] = "An earlier version named one plant." });
        Assert.Contains("An earlier version named one plant.", (await reader.GetPageAsync(storyPath)).Text("main"), StringComparison.Ordinal);

        await WarmAsync();
        Assert.True(await ServedFromCacheAsync(reader, storyPath));
        using var unpublished = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Unpublish");
        await reader.GetPageAsync(storyPath, HttpStatusCode.NotFound);
        Assert.DoesNotContain("Minister opens two plants", (await reader.GetPageAsync("/tags/umerov")).Texts("main li a"));
        Assert.DoesNotContain("Minister opens two plants", await reader.GetStringAsync(new Uri("/api/stories", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScheduledStoryShowsOnCachedPagesOnTheFirstRequestAtItsTime()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = Stories.NewStoryForm("Morning briefing");
        story["ScheduleAt"] = "2025-03-08T09:00"; // Kyiv time, 07:00 UTC
        using var scheduled = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, "Schedule");
        var reader = app.CreateReader();
        foreach (var url in new[] { "/", "/tags/umerov", "/feed.rss" })
        {
            await reader.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(await ServedFromCacheAsync(reader, url), url);
        }

        app.Time.SetUtcNow(new DateTimeOffset(2025, 3, 8, 6, 59, 59, TimeSpan.Zero));
        Assert.NotEqual("Morning briefing", (await reader.GetPageAsync("/")).Text("#LeadHeadline"));

        app.Time.SetUtcNow(new DateTimeOffset(2025, 3, 8, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal("Morning briefing", (await reader.GetPageAsync("/")).Text("#LeadHeadline"));
        Assert.Equal("Morning briefing", (await reader.GetPageAsync("/tags/umerov")).Texts("main li a")[0]);
        Assert.Contains("Morning briefing", await reader.GetStringAsync(new Uri("/feed.rss", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCacheCanBeTurnedOff()
    {
        using var app = new NewsPortalFactory().With("OutputCache:Enabled", "false");
        var reader = app.CreateReader();

        Assert.False(await ServedFromCacheAsync(reader, "/"));
        Assert.False(await ServedFromCacheAsync(reader, "/"));
    }

    [Fact]
    public async Task ReaderPagesAreCompressedForClientsThatAskButTheNewsroomIsNot()
    {
        using var app = new NewsPortalFactory();
        var reader = app.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var front = await reader.SendAsync(request);
        Assert.Equal("br", Assert.Single(front.Content.Headers.ContentEncoding));

        // The cache keeps the compressed copy for clients that ask for it, and the plain one for those that do not.
        using var again = new HttpRequestMessage(HttpMethod.Get, "/");
        again.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var cachedFront = await reader.SendAsync(again);
        Assert.NotNull(cachedFront.Headers.Age);
        Assert.Equal("br", Assert.Single(cachedFront.Content.Headers.ContentEncoding));
        Assert.Equal(await front.Content.ReadAsByteArrayAsync(), await cachedFront.Content.ReadAsByteArrayAsync());
        using var plain = await reader.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var signIn = new HttpRequestMessage(HttpMethod.Get, "/admin/sign-in");
        signIn.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var signInPage = await reader.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);
        Assert.Empty(signInPage.Content.Headers.ContentEncoding);
    }
}
