using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace NewsPortal.Web.Caching;

/// <summary>ETags made from a hash of what was sent, and the If-None-Match check that answers 304.</summary>
internal static class EntityTags
{
    public static EntityTagHeaderValue Of(ReadOnlySpan<byte> hash, bool isWeak) =>
        new($"\"{Convert.ToHexStringLower(hash)}\"", isWeak);

    public static EntityTagHeaderValue OfSha256(ReadOnlySpan<byte> bytes, bool isWeak) => Of(SHA256.HashData(bytes), isWeak);

    /// <summary>If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" from a proxy still matches "x".</summary>
    public static bool IsHeld(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(held => held.Equals(EntityTagHeaderValue.Any) || held.Compare(etag, useStrongComparison: false));
}
