using System.Net;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>
/// A browser's cookies, kept apart from the fuzz requests: those send the cookies but never change them, so a
/// fuzzed post that signs someone in or out cannot change what the next post is judged against.
/// </summary>
public sealed class FuzzSession(FuzzClient client, string? email)
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);
    private static readonly Uri Site = new("http://localhost/");

    private CookieContainer _jar = new();

    public string? Email => email;

    public string CookieHeader => _jar.GetCookieHeader(Site);

    public static FuzzSession Anonymous(FuzzClient client) => new(client, null);

    public static async Task<FuzzSession> SignedInAsync(FuzzClient client, FuzzPortalFactory app, string role)
    {
        ArgumentNullException.ThrowIfNull(app);
        var session = new FuzzSession(client, await app.AddUserAsync(role));
        await session.SignInAsync();
        return session;
    }

    /// <summary>Loads a page as this browser, keeping the cookies it sets; the page is null when it is not 200.</summary>
    public async Task<(HttpStatusCode? Status, IDocument? Page, string? Location)> LoadAsync(string url)
    {
        using var request = Request(HttpMethod.Get, url);
        using var response = await client.SendAsync(request, new FuzzCase("GET", url, "(page load)", ""));
        if (response is null)
        {
            return (null, null, null);
        }

        Keep(response);
        var location = response.Headers.Location?.OriginalString;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (response.StatusCode, null, location);
        }

        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, await Parser.OpenAsync(r => r.Content(html)), location);
    }

    /// <summary>Loads a newsroom page, signing in again first if a fuzzed post ended this session (a password change, a sign-out).</summary>
    public async Task<(HttpStatusCode? Status, IDocument? Page)> LoadSignedInAsync(string url)
    {
        var (status, page, location) = await LoadAsync(url);
        if (email is not null && status == HttpStatusCode.Redirect && location?.Contains("/admin/sign-in", StringComparison.OrdinalIgnoreCase) == true)
        {
            await SignInAsync();
            (status, page, _) = await LoadAsync(url);
        }

        return (status, page);
    }

    public HttpRequestMessage Request(HttpMethod method, string pathAndQuery, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, FuzzClient.Url(pathAndQuery)) { Content = content };
        if (CookieHeader is { Length: > 0 } cookies)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookies);
        }

        return request;
    }

    private async Task SignInAsync()
    {
        _jar = new CookieContainer();
        var (status, page, _) = await LoadAsync("/admin/sign-in");
        var token = page?.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The sign-in page ({status}) has no antiforgery token.");
        var body = $"Email={Uri.EscapeDataString(email!)}&Password={Uri.EscapeDataString(Newsroom.Password)}&__RequestVerificationToken={Uri.EscapeDataString(token)}";
        using var request = Request(HttpMethod.Post, "/admin/sign-in", new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        using var response = await client.SendAsync(request, new FuzzCase("POST", "/admin/sign-in", "(sign in)", email!));
        if (response?.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{email} could not sign in: {response?.StatusCode}.");
        }

        Keep(response);
    }

    private void Keep(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                _jar.SetCookies(Site, cookie);
            }
        }
    }
}
