using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsPortal.Web.Pages;

/// <summary>
/// A request that none of a page's handlers answers gets 405 with the methods the page does take (TRACE, a form posted
/// to a reader page), or 404 for a handler it does not have (<c>?handler=nope</c>). Razor Pages would otherwise render
/// the page with no handler run, and so with nothing loaded.
/// </summary>
internal sealed class UnansweredRequests : IAuthorizationFilter, IOrderedFilter, IPageFilter
{
    // Before the antiforgery check, which would otherwise turn a form posted to a reader page into a 400.
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (context.ActionDescriptor is not CompiledPageActionDescriptor page || page.HandlerMethods.Count == 0
            || IsErrorPage(context.HttpContext))
        {
            return;
        }

        var methods = page.HandlerMethods.Select(handler => handler.HttpMethod.ToUpperInvariant()).Distinct().ToList();
        if (methods.Contains("GET"))
        {
            methods.Add("HEAD");
        }

        if (!methods.Contains(context.HttpContext.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            context.HttpContext.Response.Headers.Allow = string.Join(", ", methods);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    // The method is one the page takes (checked above), but no handler of that name answers it.
    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0 && !IsErrorPage(context.HttpContext))
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    // The status and error pages are run again with the failed request's method, whatever it was.
    private static bool IsErrorPage(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
}
