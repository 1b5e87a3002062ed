using Microsoft.AspNetCore.Http;
using NewsPortal.Web.Hosting;
using Serilog.Events;

namespace NewsPortal.Tests.Hosting;

public class RequestLogLevelsTests
{
    [Fact]
    public void AReaderLeavingMidRequestIsNotLoggedAsAServerError()
    {
        using var left = new CancellationTokenSource();
        left.Cancel();
        var context = new DefaultHttpContext { RequestAborted = left.Token };

        Assert.Equal(LogEventLevel.Debug, RequestLogLevels.For(context, 5, new TaskCanceledException()));
    }

    [Fact]
    public void FailuresAreErrorsAndEverythingElseInformation()
    {
        var context = new DefaultHttpContext();

        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 5, new TaskCanceledException())); // a timeout of our own
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 5, new InvalidOperationException()));
        context.Response.StatusCode = 503;
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 5, null));
        context.Response.StatusCode = 404;
        Assert.Equal(LogEventLevel.Information, RequestLogLevels.For(context, 5, null));
    }

    [Fact]
    public void SlowRequestsAreWarnings()
    {
        var context = new DefaultHttpContext();

        Assert.Equal(LogEventLevel.Information, RequestLogLevels.For(context, RequestLogLevels.SlowMilliseconds, null));
        Assert.Equal(LogEventLevel.Warning, RequestLogLevels.For(context, RequestLogLevels.SlowMilliseconds + 1, null));
        context.Response.StatusCode = 500;
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, RequestLogLevels.SlowMilliseconds + 1, null));
    }
}
