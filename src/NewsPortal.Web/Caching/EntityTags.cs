using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace NewsPortal.Web.Caching;

/// <summary>ETags made from a hash of what was sent, and the If-None-Match check that answers 304.</summary>
internal static class EntityTags
{
    public static EntityTagHeaderValue Of(ReadOnlySpan<byte> hash, bool isWeak) =>
        new($"\"{Convert.ToHexStringLower(hash)}\"", isWeak);

    public static EntityTagHeaderValue OfSha256(ReadOnlySpan<byte> bytes, bool isWeak) => Of(SHA256.HashData(bytes), isWeak);

    /// <summary>
    /// Whether a 200 carrying this tag may go out as 304: the client holds it, and the output cache is not about to keep
    /// the answer. The cache keeps only whole 200s, so a built 304 would leave it empty, and every client holding the
    /// tag of an evicted but unchanged answer (feed readers polling a feed) would get a build of its own; the first goes
    /// out whole instead, and the cache answers the rest with 304.
    /// </summary>
    public static bool AnswersNotModified(HttpContext context, EntityTagHeaderValue etag) =>
        IsHeld(context.Request, etag)
        && context.Features.Get<IOutputCacheFeature>()?.Context is not { EnableOutputCaching: true, AllowCacheStorage: true };

    // If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" from a proxy still matches "x".
    private static bool IsHeld(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(held => held.Equals(EntityTagHeaderValue.Any) || held.Compare(etag, useStrongComparison: false));
}
