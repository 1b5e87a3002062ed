using System.Globalization;
using System.Net;
using NewsPortal.Tests.Admin;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Scaling;

/// <summary>
/// Redis going away under a running site: stories are still read (built without the cache), and the two actions
/// whose limits are counted in Redis, searching and signing in, answer 503 with a time to come back, not 500, and a
/// photo upload is refused in the form, which keeps the story.
/// </summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task WhileRedisIsAwayStoriesAreReadAndSearchAndSignInAnswer503()
    {
        await using var redis = new TestRedis();
        using var relay = RelayTo(TestRedis.Address);
        using var app = InstanceThrough(relay, redis);
        var reader = app.CreateReader();
        await reader.GetPageAsync("/search?q=Ukraine");

        relay.Cut();
        var front = await reader.GetPageAsync("/");
        var search = await reader.GetPageAsync("/search?q=Ukraine", HttpStatusCode.ServiceUnavailable);
        using var signIn = await reader.SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = "editor@example.com", ["Password"] = "a password" });

        Assert.NotEmpty(front.Text("#LeadHeadline"));
        Assert.Equal("This page cannot be shown just now", search.Text("h1"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        Assert.NotNull(signIn.Headers.RetryAfter);
    }

    // Uploads are counted in Redis too: the photo waits, and what the editor typed comes back in the form.
    [Fact]
    public async Task WhileRedisIsAwayAPhotoIsRefusedWithAMessageAndTheStoryTypedIsKept()
    {
        await using var redis = new TestRedis();
        using var relay = RelayTo(TestRedis.Address);
        using var app = InstanceThrough(relay, redis);
        var editor = await app.SignedInAsync(Roles.Editor);

        relay.Cut();
        using var saved = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = "Harbour reopens", ["Draft.PhotoAltText"] = "A harbour crane" }, "Save", ("PhotoFile", "photo.png", PhotoUploadTests.Png));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, saved.StatusCode);
        var form = await saved.ParseAsync();
        Assert.Contains("the site cannot take photos for a moment", form.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("Harbour reopens", form.QuerySelector("#Draft_Headline")!.GetAttribute("value"));
    }

    private static TcpRelay RelayTo(string address)
    {
        var (host, port) = (address[..address.LastIndexOf(':')], address[(address.LastIndexOf(':') + 1)..]);
        return new TcpRelay(host, int.Parse(port, CultureInfo.InvariantCulture));
    }

    // Short timeouts: a test waits out the client's timeout once the relay is cut.
    private static NewsPortalFactory InstanceThrough(TcpRelay relay, TestRedis redis) => new NewsPortalFactory()
        .With("Redis:Connection", $"127.0.0.1:{relay.Port},connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000")
        .With("Redis:InstanceName", redis.InstanceName);
}
