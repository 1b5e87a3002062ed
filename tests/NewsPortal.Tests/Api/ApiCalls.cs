using System.Net;
using System.Text.Json;

namespace NewsPortal.Tests.Api;

/// <summary>GETs against the JSON API, checking the status and the media type that goes with it.</summary>
public static class ApiCalls
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        var mediaType = response.IsSuccessStatusCode ? "application/json" : "application/problem+json";
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public static IReadOnlyList<string> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(item => item.GetProperty(property).GetString()!).ToList();

    public static bool IsNull(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null;
}
