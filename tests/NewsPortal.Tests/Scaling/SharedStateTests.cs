using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Caching;
using NewsPortal.Web.Scaling;
using NewsPortal.Web.Security;
using StackExchange.Redis;
using static NewsPortal.Tests.Support.CacheChecks;

namespace NewsPortal.Tests.Scaling;

/// <summary>
/// Two instances of the site with one Redis (Redis:Connection) behave as one site: a save on either evicts the cached
/// pages of both, a cookie or form made by one is good on the other, and an address gets its rate limit once in all.
/// </summary>
public class SharedStateTests
{
    [Fact]
    public async Task AStoryPublishedOnOneInstanceShowsOnTheOthersCachedFrontPageAtOnce()
    {
        await using var redis = new TestRedis();
        using var a = redis.Instance();
        using var b = redis.InstanceBeside(a);
        var readerOnB = b.CreateReader();
        Assert.False(await ServedFromCacheAsync(readerOnB, "/"));
        Assert.True(await ServedFromCacheAsync(readerOnB, "/"));
        // The copy B stored is the one A serves: there is one cache.
        Assert.True(await ServedFromCacheAsync(a.CreateReader(), "/"));
        Assert.NotEmpty(await redis.KeysAsync("__MSOCV_*"));

        var editorOnA = await a.SignedInAsync(Roles.Editor);
        using var published = await editorOnA.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Minister opens a plant"), "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        Assert.Equal("Minister opens a plant", (await readerOnB.GetPageAsync("/")).Text("#LeadHeadline"));
    }

    [Fact]
    public async Task EvictingTheReaderTagOnOneInstanceEmptiesTheCacheOfTheOther()
    {
        await using var redis = new TestRedis();
        using var a = redis.Instance();
        using var b = redis.Instance();
        var readerOnB = b.CreateReader();
        foreach (var url in new[] { "/latest", "/feed.rss", "/api/stories" })
        {
            await readerOnB.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(await ServedFromCacheAsync(readerOnB, url), url);
        }

        await a.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(ReaderCache.Tag, CancellationToken.None);

        foreach (var url in new[] { "/latest", "/feed.rss", "/api/stories" })
        {
            Assert.False(await ServedFromCacheAsync(readerOnB, url), url);
        }

        Assert.True(await ServedFromCacheAsync(readerOnB, "/latest"));
    }

    [Fact]
    public async Task PagesEvictedOnOneInstanceAreGoneForTheOthersOnceTheEvictionReturns()
    {
        await using var redis = new TestRedis();
        using var app = redis.Instance();
        var store = app.Services.GetRequiredService<IOutputCacheStore>();

        for (var round = 0; round < 20; round++)
        {
            for (var page = 0; page < 100; page++)
            {
                await store.SetAsync($"page-{page}", [1], [ReaderCache.Tag], TimeSpan.FromMinutes(1), CancellationToken.None);
            }

            await store.EvictByTagAsync(ReaderCache.Tag, CancellationToken.None);

            // Looked up on a connection of its own, as another instance would.
            Assert.Empty(await redis.KeysAsync("__MSOCV_*"));
        }
    }

    [Fact]
    public async Task APageTheOtherInstanceWasBuildingDuringAPublishIsNotKept()
    {
        await using var redis = new TestRedis();
        using var a = redis.Instance();
        var hold = new ReadHold();
        using var b = redis.InstanceBeside(a).WithService<IInterceptor>(hold);
        var editorOnA = await a.SignedInAsync(Roles.Editor);
        var readerOnB = b.CreateReader();
        await readerOnB.GetPageAsync("/latest");
        var evictionsSeenByB = b.Services.GetRequiredService<ReaderCacheChanges>();

        hold.Arm();
        var building = readerOnB.GetPageAsync("/");
        await hold.ReachedAsync();
        var before = evictionsSeenByB.Count;
        using (var published = await editorOnA.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Minister opens a plant"), "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        // B hears of A's eviction through Redis; the page it was building is then not kept.
        for (var waited = 0; evictionsSeenByB.Count == before && waited < 100; waited++)
        {
            await Task.Delay(50);
        }

        hold.Release();

        Assert.NotEqual("Minister opens a plant", (await building).Text("#LeadHeadline"));
        Assert.Equal("Minister opens a plant", (await readerOnB.GetPageAsync("/")).Text("#LeadHeadline"));
    }

    [Fact]
    public async Task TheRedisStoreReplacesTheInMemoryOne()
    {
        await using var redis = new TestRedis();
        using var app = redis.Instance();

        var store = Assert.Single(app.Services.GetServices<IOutputCacheStore>());
        Assert.Contains("Redis", store.GetType().Name, StringComparison.Ordinal);
        Assert.Same(app.Services.GetRequiredService<IConnectionMultiplexer>(), app.Services.GetRequiredService<IConnectionMultiplexer>());
        using var ready = await app.CreateReader().GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task DataProtectedByOneInstanceIsReadByTheOtherFromTheSameKeyRingInRedis()
    {
        await using var redis = new TestRedis();
        using var a = redis.Instance();
        using var b = redis.Instance();

        var sealedText = a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("NewsPortal.Tests.Scaling").Protect("the evening edition");

        Assert.Equal("the evening edition", b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("NewsPortal.Tests.Scaling").Unprotect(sealedText));
        var keysOfA = a.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).Order().ToList();
        var keysOfB = b.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).Order().ToList();
        Assert.Equal(keysOfA, keysOfB);
        var stored = await TestRedis.Database.ListRangeAsync(redis.InstanceName + SharedState.DataProtectionKey);
        Assert.All(keysOfA, id => Assert.Contains(stored, xml => xml.ToString().Contains(id.ToString(), StringComparison.Ordinal)));
        Assert.Equal(SharedState.ApplicationName, b.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator);
    }

    [Fact]
    public async Task AFormFromOneInstanceSignsInOnTheOtherAndTheCookieWorksOnBoth()
    {
        await using var redis = new TestRedis();
        using var a = redis.Instance();
        using var b = redis.InstanceBeside(a);
        var email = await a.AddUserAsync(Roles.Editor);
        var jar = new CookieContainer();
        var browserOnA = a.CreateBrowser(jar: jar);
        var browserOnB = b.CreateBrowser(jar: jar);

        // The form and its antiforgery cookie come from A; the post goes to B.
        var form = (await browserOnA.GetPageAsync("/admin/sign-in")).QuerySelector("form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var signIn = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = Newsroom.Password,
            ["__RequestVerificationToken"] = token,
        });
        using var signedIn = await browserOnB.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The sign-in cookie B made opens the newsroom on A.
        using var adminOnA = await browserOnA.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, adminOnA.StatusCode);
        using var adminOnB = await browserOnB.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, adminOnB.StatusCode);
    }

    [Fact]
    public async Task AnAddressGetsItsSearchLimitOnceAcrossInstances()
    {
        await using var redis = new TestRedis();
        using var a = redis.Instance().With("RateLimits:SearchesPerMinute", "3");
        using var b = redis.Instance().With("RateLimits:SearchesPerMinute", "3");
        var readerOnA = a.CreateReader();
        var readerOnB = b.CreateReader();

        // A new query each time: a repeated one is answered from the cache, which costs nothing worth limiting.
        await readerOnA.GetPageAsync("/search?q=umerov");
        await readerOnB.GetPageAsync("/search?q=kubilius");
        await readerOnA.GetPageAsync("/search?q=army");
        using var blocked = await readerOnB.GetAsync(new Uri("/search?q=procurement", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.True(int.Parse(blocked.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Equal("Too many requests", (await blocked.ParseAsync()).Text("h1"));
        Assert.NotEmpty(await redis.KeysAsync($"{RateLimits.Search}:*"));
    }

    [Fact]
    public void WithoutRedisEachInstanceKeepsItsStateToItself()
    {
        using var app = new NewsPortalFactory();

        Assert.Null(app.Services.GetService<IConnectionMultiplexer>());
        var store = Assert.Single(app.Services.GetServices<IOutputCacheStore>());
        Assert.DoesNotContain("Redis", store.GetType().Name, StringComparison.Ordinal);
        Assert.DoesNotContain("Redis", app.Services.GetRequiredService<IRateLimitWindows>().GetType().Name, StringComparison.Ordinal);
        Assert.DoesNotContain("Redis", app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository?.GetType().Name ?? "", StringComparison.Ordinal);
    }
}
