using Microsoft.AspNetCore.Http.HttpResults;

namespace NewsPortal.Web.Api;

/// <summary>API errors as RFC 7807 problem details (application/problem+json), never the site's HTML pages.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult NoSuchAddress(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            return NotFound($"There is nothing at {http.Request.Path}.");
        }

        http.Response.Headers.Allow = $"{HttpMethods.Get}, {HttpMethods.Head}";
        return TypedResults.Problem("This API is read-only: it answers GET (and HEAD) requests only.", statusCode: StatusCodes.Status405MethodNotAllowed);
    }
}
