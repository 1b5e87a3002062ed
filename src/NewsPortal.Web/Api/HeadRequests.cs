namespace NewsPortal.Web.Api;

internal static class HeadRequests
{
    /// <summary>
    /// Maps GET and, beside it, HEAD with the same handler: link checkers and HTTP clients ask HEAD first, and the
    /// server sends the same status and headers without the body. Only GET goes into the OpenAPI document, which
    /// would otherwise list every operation twice under one name.
    /// </summary>
    public static RouteHandlerBuilder MapGetAndHead(this RouteGroupBuilder group, string pattern, Delegate handler)
    {
        group.MapMethods(pattern, [HttpMethods.Head], handler).ExcludeFromDescription();
        return group.MapGet(pattern, handler);
    }
}
