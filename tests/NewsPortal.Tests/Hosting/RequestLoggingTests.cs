using System.Collections.Concurrent;
using NewsPortal.Tests.Support;
using Serilog.Core;
using Serilog.Events;

namespace NewsPortal.Tests.Hosting;

public class RequestLoggingTests
{
    [Fact]
    public async Task APageTheStoreServedIsLoggedAndAPageFromTheReaderCacheIsNot()
    {
        var events = new CapturedEvents();
        using var app = new NewsPortalFactory().With("Serilog:MinimumLevel:Default", "Debug").WithService<ILogEventSink>(events);
        var reader = app.CreateReader();

        Assert.False(await CacheChecks.ServedFromCacheAsync(reader, "/latest"));
        Assert.True(await CacheChecks.ServedFromCacheAsync(reader, "/latest"));

        // The line is written as the request ends, which may be just after the client has the whole response.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (events.RequestLines("/latest").Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await Task.Delay(200);
        var line = Assert.Single(events.RequestLines("/latest"));
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal("200", line.Properties["StatusCode"].ToString());
    }

    private sealed class CapturedEvents : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

        /// <summary>The request log's lines (any level) for one path.</summary>
        public List<LogEvent> RequestLines(string path) =>
            _events.Where(e => e.Properties.TryGetValue("RequestPath", out var value) && value.ToString() == $"\"{path}\""
                && e.Properties.ContainsKey("StatusCode")).ToList();
    }
}
