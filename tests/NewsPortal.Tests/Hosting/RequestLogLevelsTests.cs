using Microsoft.AspNetCore.Diagnostics;
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
    public void FailuresAreErrors()
    {
        var context = new DefaultHttpContext();

        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 5, new TaskCanceledException())); // a timeout of our own
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 5, new InvalidOperationException()));
        context.Response.StatusCode = 503;
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 5, null));
    }

    [Theory]
    [InlineData("GET", "/articles/1/a-story", 200)]
    [InlineData("HEAD", "/", 200)]
    [InlineData("GET", "/feeds/rss", 304)]
    [InlineData("GET", "/articles/01", 301)]
    [InlineData("GET", "/health/ready", 200)]
    [InlineData("GET", "/administration", 200)]
    public void SuccessfulReadsOutsideTheNewsroomAreDebug(string method, string path, int status) =>
        Assert.Equal(LogEventLevel.Debug, RequestLogLevels.For(Answered(method, path, status), 5, null));

    [Theory]
    [InlineData("GET", "/admin", 200)]
    [InlineData("GET", "/Admin/stories/1/edit", 200)]
    [InlineData("POST", "/admin/sign-in", 302)]
    [InlineData("POST", "/api/stories", 201)]
    [InlineData("GET", "/no-such-page", 404)]
    [InlineData("GET", "/search", 429)]
    public void TheNewsroomChangesAndRefusalsAreInformation(string method, string path, int status) =>
        Assert.Equal(LogEventLevel.Information, RequestLogLevels.For(Answered(method, path, status), 5, null));

    [Fact]
    public void TheStatusOrErrorPageShownForAFailedRequestIsNoRequestOfItsOwn()
    {
        var notFound = Answered("GET", "/status/404", 404);
        notFound.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature { OriginalPath = "/no-such-page" });
        var failed = Answered("GET", "/error", 500);
        failed.Features.Set<IExceptionHandlerFeature>(new ExceptionHandlerFeature { Error = new InvalidOperationException(), Path = "/" });

        Assert.Equal(LogEventLevel.Debug, RequestLogLevels.For(notFound, 5, null));
        Assert.Equal(LogEventLevel.Debug, RequestLogLevels.For(failed, 5, null));
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(failed, 5, new InvalidOperationException())); // the error page itself failing
    }

    [Fact]
    public void SlowRequestsAreWarnings()
    {
        var context = Answered("GET", "/search", 200);

        Assert.Equal(LogEventLevel.Debug, RequestLogLevels.For(context, RequestLogLevels.SlowMilliseconds, null));
        Assert.Equal(LogEventLevel.Warning, RequestLogLevels.For(context, RequestLogLevels.SlowMilliseconds + 1, null));
        context.Response.StatusCode = 500;
        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, RequestLogLevels.SlowMilliseconds + 1, null));
    }

    private static DefaultHttpContext Answered(string method, string path, int status)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Response.StatusCode = status;
        return context;
    }
}
