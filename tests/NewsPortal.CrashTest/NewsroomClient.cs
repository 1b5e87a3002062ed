using System.Net;
using System.Text.RegularExpressions;

namespace NewsPortal.CrashTest;

/// <summary>
/// What the app answered to a publish: acknowledged is the redirect to the new story's editor page that follows a
/// successful publish; any other answer means the app refused or failed it.
/// </summary>
public sealed record PublishAnswer(bool Acknowledged, int Status);

/// <summary>
/// An editor's browser over HTTP: signs in through the sign-in form and publishes new stories through the
/// editor's "Publish now" button, each form posted with its antiforgery token and cookies.
/// </summary>
public sealed partial class NewsroomClient : IDisposable
{
    private readonly HttpClient _http;
    private string _editorToken = "";

    public NewsroomClient(Uri address)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        _http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) }; // a busy machine is slow, not broken
    }

    public async Task SignInAsync(string email, string password)
    {
        var token = await FormTokenAsync("/admin/sign-in");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await _http.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} was answered with {(int)response.StatusCode}, not a redirect.");
        }

        // A token is tied to the signed-in user; one serves every post of this session.
        _editorToken = await FormTokenAsync("/admin/stories/new");
    }

    /// <summary>Writes a new story and publishes it at once, as "Publish now" in the editor does.</summary>
    public async Task<PublishAnswer> PublishAsync(string headline)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Draft.Headline"] = headline,
            ["Draft.Section"] = "Crash test",
            ["Draft.Tags"] = "crash-test",
            ["Draft.Body"] = $"{headline}.\n\nA story published while the app may be killed at any moment; once acknowledged, it must survive.",
            ["__RequestVerificationToken"] = _editorToken,
        });
        using var response = await _http.PostAsync(new Uri("/admin/stories/new?handler=Publish", UriKind.Relative), form);
        var acknowledged = response.StatusCode == HttpStatusCode.Redirect && EditorPage().IsMatch(response.Headers.Location?.OriginalString ?? "");
        return new PublishAnswer(acknowledged, (int)response.StatusCode);
    }

    public void Dispose() => _http.Dispose();

    private async Task<string> FormTokenAsync(string page)
    {
        var html = await _http.GetStringAsync(new Uri(page, UriKind.Relative));
        return AntiforgeryField().Match(html) is { Success: true } field
            ? WebUtility.HtmlDecode(field.Groups["token"].Value)
            : throw new InvalidOperationException($"{page} has no antiforgery token.");
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*\svalue="(?<token>[^"]+)"|value="(?<token>[^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"^/admin/stories/\d+/edit$")]
    private static partial Regex EditorPage();
}
