using Serilog.Events;

namespace NewsPortal.Web.Hosting;

/// <summary>
/// The level of each request's log line. A reader who closes the tab mid-request cancels it; that is the client
/// leaving, not a server error, so it is logged at Debug instead of as a 500 beside real failures. (Pages answered
/// from the reader cache never reach the request log: see the pipeline.) A request that took longer than
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

        return error is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
            ? LogEventLevel.Error
            : elapsedMilliseconds > SlowMilliseconds ? LogEventLevel.Warning : LogEventLevel.Information;
    }
}
