using System.Net;
using System.Net.Http.Headers;

namespace NewsPortal.Tests.Support;

public static class CacheChecks
{
    /// <summary>GETs a reader address, checks it answered 200 and tells whether the output cache served it (Age).</summary>
    public static async Task<bool> ServedFromCacheAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Age is not null;
    }

    /// <summary>GETs an address as a client holding <paramref name="etag"/> asks for it again.</summary>
    public static async Task<HttpResponseMessage> GetIfNoneMatchAsync(HttpClient client, string url, EntityTagHeaderValue etag)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        return await client.SendAsync(request);
    }
}
