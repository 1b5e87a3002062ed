using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Data;
using NewsPortal.Web.Scaling;

namespace NewsPortal.Web.Pages;

/// <summary>The page for an unhandled error: a request id to quote, never the exception itself.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    private const string RetryAfterSeconds = "30";

    public string RequestId { get; private set; } = "";

    /// <summary>The store did not answer: the page says so and asks the reader to come back shortly.</summary>
    public bool StoreUnreachable { get; private set; }

    /// <summary>Redis did not answer, so a search or sign-in could not be counted against its limit; come back shortly.</summary>
    public bool SharedStateUnreachable { get; private set; }

    // Run again with the failed request's method, whichever it was; asked for directly, there is no error to show.
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is not { } failed)
        {
            context.Result = NotFound();
            return;
        }

        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        // Not a fault of the page: the store is away for a while. 503 tells readers, and nginx, which then asks another
        // instance (one whose pooled connection still works after a restart), that trying again is the remedy.
        StoreUnreachable = StoreErrors.IsUnreachable(failed.Error);
        SharedStateUnreachable = !StoreUnreachable && RedisErrors.IsUnreachable(failed.Error);
        if (StoreUnreachable || SharedStateUnreachable)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }

        context.Result = Page();
    }

    public void OnGet()
    {
    }
}
