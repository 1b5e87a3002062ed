using Microsoft.AspNetCore.Diagnostics;
using Serilog.Events;

namespace NewsPortal.Web.Hosting;

/// <summary>
/// The level of each request's log line. The log keeps what an operator acts on: the newsroom's requests, every
/// change, refusals, failures and slow requests. A successful read outside the newsroom (a reader's page, a feed, a
/// photo, a health probe) is Debug: most such reads are answered from the reader cache and never reach this log
/// anyway (see the pipeline), so their lines told nothing about how many readers came (the reverse proxy's access log
/// does), and writing one per page built cost a built page about 7% of its CPU time.
/// A reader who closes the tab mid-request cancels it; that is the client leaving, not a server error, so it is logged
/// at Debug too, instead of as a 500 beside real failures. A request that took longer than
/// <see cref="SlowMilliseconds"/> is a warning, so a page or search that has become slow shows up beside the errors
/// (the time includes reading the request's body, so an upload over a slow link shows up too).
/// </summary>
public static class RequestLogLevels
{
    public const double SlowMilliseconds = 1000;

    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (error is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return LogEventLevel.Debug;
        }

        if (error is not null)
        {
            return LogEventLevel.Error;
        }

        // The status or error page shown for a request that already has its line (a 404, a 500) is no request of its own.
        if (IsReExecuted(context))
        {
            return LogEventLevel.Debug;
        }

        if (context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            return LogEventLevel.Error;
        }

        if (elapsedMilliseconds > SlowMilliseconds)
        {
            return LogEventLevel.Warning;
        }

        return IsSuccessfulRead(context) && !IsNewsroom(context.Request) ? LogEventLevel.Debug : LogEventLevel.Information;
    }

    private static bool IsSuccessfulRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.Response.StatusCode < StatusCodes.Status400BadRequest;

    private static bool IsReExecuted(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    private static bool IsNewsroom(HttpRequest request) =>
        request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase);
}
