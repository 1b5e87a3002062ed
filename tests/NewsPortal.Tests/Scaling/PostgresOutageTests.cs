using System.Net;
using Npgsql;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Scaling;

/// <summary>PostgreSQL going away under a running site: readers are told so at once, with no stack trace.</summary>
public sealed class PostgresOutageTests : IDisposable
{
    private readonly string _database = TestPostgres.CreateDatabase();

    [Fact]
    public async Task WhilePostgresIsAwayReadersGetA503PageSayingTheStoriesCannotBeReached()
    {
        var server = new NpgsqlConnectionStringBuilder(_database);
        using var relay = new TcpRelay(server.Host!, server.Port);
        using var app = new NewsPortalFactory()
            .With("Database:Provider", "Postgres")
            .With("ConnectionStrings:NewsPortal", new NpgsqlConnectionStringBuilder(_database) { Host = "127.0.0.1", Port = relay.Port }.ConnectionString);
        var reader = app.CreateReader();
        await reader.GetPageAsync("/latest");

        relay.Cut();
        var stopped = await reader.GetPageAsync("/", HttpStatusCode.ServiceUnavailable);
        using var retry = await reader.GetAsync(new Uri("/tags/ukraine", UriKind.Relative));

        Assert.Equal("The stories cannot be reached just now", stopped.Text("h1"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, retry.StatusCode);
        Assert.NotNull(retry.Headers.RetryAfter);
    }

    public void Dispose() => TestPostgres.DropDatabase(_database);
}
