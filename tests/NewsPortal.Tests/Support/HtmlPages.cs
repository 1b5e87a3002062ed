using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace NewsPortal.Tests.Support;

public static class HtmlPages
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    /// <summary>GETs a page, checks its status and parses it.</summary>
    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await Parser.OpenAsync(request => request.Content(html));
    }

    public static string Text(this IElement element) => Normalize(element.TextContent);

    public static string Text(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.Text() ?? throw new Xunit.Sdk.XunitException($"No element matches '{selector}'.");

    public static IReadOnlyList<string> Texts(this IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(Text).ToList();

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
