using Serilog.Events;

namespace NewsPortal.Web.Hosting;

/// <summary>
/// The level of each request's log line. A reader who closes the tab mid-request cancels it; that is the client
/// leaving, not a server error, so it is logged at Debug instead of as a 500 beside real failures. A page answered
/// from the reader cache (the output cache marks it with Age) did no work worth a line: writing one for each made
/// logging the largest cost of serving it (about a sixth of a cached page's throughput); the reverse proxy's access
/// log is the place to count readers.
/// </summary>
public static class RequestLogLevels
{
    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (error is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return LogEventLevel.Debug;
        }

        if (error is null && context.Response.StatusCode < StatusCodes.Status400BadRequest && context.Response.Headers.Age.Count > 0)
        {
            return LogEventLevel.Debug;
        }

        return error is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
            ? LogEventLevel.Error
            : LogEventLevel.Information;
    }
}
