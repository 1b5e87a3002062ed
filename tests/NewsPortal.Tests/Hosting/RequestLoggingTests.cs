using System.Collections.Concurrent;
using NewsPortal.Tests.Support;
using Serilog.Core;
using Serilog.Events;

namespace NewsPortal.Tests.Hosting;

public class RequestLoggingTests
{
    [Fact]
    public async Task APageTheStoreServedIsLoggedAtDebugAndAPageFromTheReaderCacheIsNot()
    {
        var events = new CapturedEvents();
        using var app = new NewsPortalFactory().With("Serilog:MinimumLevel:Default", "Debug").WithService<ILogEventSink>(events);
        var reader = app.CreateReader();

        Assert.False(await CacheChecks.ServedFromCacheAsync(reader, "/latest"));
        Assert.True(await CacheChecks.ServedFromCacheAsync(reader, "/latest"));

        var line = Assert.Single(await events.SettledRequestLinesAsync("/latest"));
        Assert.Equal(LogEventLevel.Debug, line.Level);
        Assert.Equal("200", line.Properties["StatusCode"].ToString());
    }

    [Fact]
    public async Task AnAddressNotFoundIsOneInformationLineWhoseStatusPageIsNotASecondRequest()
    {
        var events = new CapturedEvents();
        using var app = new NewsPortalFactory().With("Serilog:MinimumLevel:Default", "Debug").WithService<ILogEventSink>(events);

        var response = await app.CreateReader().GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var line = Assert.Single(await events.SettledRequestLinesAsync("/no-such-page"));
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.All(events.RequestLines("/status/404"), statusPage => Assert.Equal(LogEventLevel.Debug, statusPage.Level));
    }

    [Fact]
    public async Task TheNewsroomsRequestsAreInformation()
    {
        var events = new CapturedEvents();
        using var app = new NewsPortalFactory().With("Serilog:MinimumLevel:Default", "Debug").WithService<ILogEventSink>(events);

        await app.CreateReader().GetAsync(new Uri("/admin/sign-in", UriKind.Relative));

        var line = Assert.Single(await events.SettledRequestLinesAsync("/admin/sign-in"));
        Assert.Equal(LogEventLevel.Information, line.Level);
    }

    private sealed class CapturedEvents : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

        /// <summary>The request log's lines (any level) for one path.</summary>
        public List<LogEvent> RequestLines(string path) =>
            _events.Where(e => e.Properties.TryGetValue("RequestPath", out var value) && value.ToString() == $"\"{path}\""
                && e.Properties.ContainsKey("StatusCode")).ToList();

        // The line is written as the request ends, which may be just after the client has the whole response.
        public async Task<List<LogEvent>> SettledRequestLinesAsync(string path)
        {
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (RequestLines(path).Count == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            await Task.Delay(200);
            return RequestLines(path);
        }
    }
}
