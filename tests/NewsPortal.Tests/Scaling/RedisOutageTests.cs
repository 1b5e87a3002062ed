using System.Net;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Scaling;

/// <summary>
/// Redis going away under a running site: stories are still read (built without the cache), and the two actions
/// whose limits are counted in Redis, searching and signing in, answer 503 with a time to come back, not 500.
/// </summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task WhileRedisIsAwayStoriesAreReadAndSearchAndSignInAnswer503()
    {
        await using var redis = new TestRedis();
        var server = TestRedis.Address.Split(':');
        using var relay = new TcpRelay(server[0], int.Parse(server[1], System.Globalization.CultureInfo.InvariantCulture));
        using var app = new NewsPortalFactory()
            .With("Redis:Connection", $"127.0.0.1:{relay.Port},connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000")
            .With("Redis:InstanceName", redis.InstanceName);
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
}
