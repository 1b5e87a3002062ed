using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsPortal.Web.Pages;

/// <summary>The page shown for any error status (400, 404, 405…), with the reason when a page gave one.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";
    /// <summary>The failed request was the newsroom's: its page is shown in the newsroom's layout, with its links.</summary>
    public bool InNewsroom { get; private set; }

    // Status pages are run again with the failed request's method, which may be any (PUT, TRACE…): the page is
    // made here, for every method, rather than in handlers named after a few of them.
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Result = Show(int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 500);
    }

    public void OnGet()
    {
    }

    private static bool IsApi(string path) =>
        path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.Equals("/api", StringComparison.OrdinalIgnoreCase);

    private IActionResult Show(int code)
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not { } failed)
        {
            return NotFound();
        }

        Code = code;
        InNewsroom = failed.OriginalPath.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase)
            || failed.OriginalPath.Equals("/admin", StringComparison.OrdinalIgnoreCase);
        (Heading, var fallback) = code switch
        {
            404 => ("Page not found", "There is nothing at this address. Check the link, or start again from the front page."),
            400 => ("That request could not be understood", "Something in the address or the form was not valid."),
            403 => ("Not allowed", "You do not have permission to see this page."),
            405 => ("Not allowed", "This page cannot be used that way."),
            413 => ("Too large", "What was sent is larger than this site accepts."),
            414 => ("Address too long", "This address is longer than this site accepts."),
            429 => ("Too many requests", "Please wait a moment and try again."),
            503 => ("Busy", "The site is very busy right now. Please try again in a moment."),
            _ => ("Something went wrong", "The page could not be shown."),
        };
        Message = HttpContext.Features.Get<ReaderErrorMessage>()?.Text ?? fallback;
        if (IsApi(failed.OriginalPath))
        {
            // The API's callers read JSON: what the server refuses before an endpoint answers (too large, too long,
            // too many, busy) reaches them as problem details too, as the API's own errors do.
            var problem = HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>()
                .CreateProblemDetails(HttpContext, code, Heading, detail: Message);
            return new ObjectResult(problem) { StatusCode = code, ContentTypes = { "application/problem+json" } };
        }

        return Page();
    }
}
