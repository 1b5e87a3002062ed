using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Pages;

/// <summary>
/// Runs the page's handler on one open store connection. Left to itself EF Core opens and closes the connection
/// around every query, and on SQLite an open costs more than the short indexed reads a reader page makes (the
/// pooled handle is re-armed with EF's functions each time), so a page of six lists paid for six opens.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OneStoreConnectionAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var database = context.HttpContext.RequestServices.GetRequiredService<NewsPortalDbContext>().Database;
        await database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            await next();
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
