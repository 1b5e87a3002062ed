using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsPortal.Web.Pages;

/// <summary>
/// A request that none of a page's handlers answers (TRACE, a form posted to a reader page, <c>?handler=nope</c>) gets
/// 405 with the methods the page does take, or 404 for a handler it does not have. Razor Pages would otherwise render
/// the page with no handler run, and so with nothing loaded.
/// </summary>
internal sealed class UnansweredRequests : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is not null || handlers.Count == 0 || IsErrorPage(context.HttpContext))
        {
            return;
        }

        var methods = handlers.Select(handler => handler.HttpMethod.ToUpperInvariant()).Distinct().ToList();
        if (methods.Contains("GET"))
        {
            methods.Add("HEAD");
        }

        var method = context.HttpContext.Request.Method;
        if (methods.Contains(method, StringComparer.OrdinalIgnoreCase))
        {
            context.Result = new NotFoundResult();
            return;
        }

        context.HttpContext.Response.Headers.Allow = string.Join(", ", methods);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    // The status and error pages are run again with the failed request's method, whatever it was.
    private static bool IsErrorPage(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
}
