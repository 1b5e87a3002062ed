using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace NewsPortal.Tests.Support;

/// <summary>Keeps what the app logs (add it as an <see cref="ILogEventSink"/>), so that a test can say nothing was an error.</summary>
public sealed class ErrorsLogged : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IEnumerable<string> Errors => _events.Where(e => e.Level >= LogEventLevel.Error).Select(e => e.RenderMessage());

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
