using System.Collections.Concurrent;
using NewsPortal.Tests.Support;
using Serilog.Core;
using Serilog.Events;

namespace NewsPortal.Tests.Hosting;

public class StartupWarningTests
{
    [Fact]
    public void WithoutAPublicAddressTheAppWarnsThatLinksFollowTheHostHeader()
    {
        var events = new ConcurrentQueue<LogEvent>();
        using var app = new NewsPortalFactory().WithService<ILogEventSink>(new Sink(events));

        _ = app.Services;

        Assert.Contains(events, e => e.Level == LogEventLevel.Warning && e.RenderMessage().Contains("Newsroom:PublicUrl is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void WithAPublicAddressThereIsNoWarning()
    {
        var events = new ConcurrentQueue<LogEvent>();
        using var app = new NewsPortalFactory().With("Newsroom:PublicUrl", "https://news.example.com").WithService<ILogEventSink>(new Sink(events));

        _ = app.Services;

        Assert.DoesNotContain(events, e => e.RenderMessage().Contains("Newsroom:PublicUrl", StringComparison.Ordinal));
    }

    // A warning on every start teaches operators to ignore warnings.
    [Fact]
    public async Task ASetUpSiteStartsAndServesItsFirstPageWithoutAWarning()
    {
        var events = new ConcurrentQueue<LogEvent>();
        using var app = new NewsPortalFactory().With("Newsroom:PublicUrl", "https://news.example.com").WithService<ILogEventSink>(new Sink(events));

        await app.CreateReader().GetPageAsync("/");

        Assert.Empty(events.Where(e => e.Level >= LogEventLevel.Warning).Select(e => e.RenderMessage()));
    }

    private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}
