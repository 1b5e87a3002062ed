using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsPortal.Web.Pages;

/// <summary>The page for an unhandled error: a request id to quote, never the exception itself.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    // Run again with the failed request's method, whichever it was; asked for directly, there is no error to show.
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            context.Result = NotFound();
            return;
        }

        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        context.Result = Page();
    }

    public void OnGet()
    {
    }
}
