using Microsoft.Net.Http.Headers;
using NewsPortal.Web.Caching;

namespace NewsPortal.Web.Api;

/// <summary>
/// Every API answer carries a strong ETag, the SHA-256 of the exact bytes sent, and <c>Cache-Control: no-cache</c>,
/// so clients may keep a copy but ask each time; an unchanged 200 then costs a 304 with no body.
/// </summary>
internal static class Revalidation
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var outcome = await next(context);
        return outcome is IResult result ? new RevalidatedResult(result) : outcome;
    }

    private sealed class RevalidatedResult(IResult inner) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var body = response.Body;
            using var buffer = new MemoryStream();
            response.Body = buffer;
            try
            {
                await inner.ExecuteAsync(httpContext);
                await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
            }
            finally
            {
                response.Body = body;
            }

            var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            var etag = EntityTags.OfSha256(bytes.Span, isWeak: false);
            var headers = response.GetTypedHeaders();
            headers.ETag = etag;
            headers.CacheControl = new CacheControlHeaderValue { NoCache = true };

            if (response.StatusCode == StatusCodes.Status200OK && EntityTags.AnswersNotModified(httpContext, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.Headers.Remove(HeaderNames.ContentType);
                return;
            }

            response.ContentLength = bytes.Length;
            await body.WriteAsync(bytes, httpContext.RequestAborted);
        }
    }
}
