using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>What one fuzz request was: enough to replay it by hand.</summary>
public sealed record FuzzCase(string Method, string Url, string Field, string Value);

public sealed record FuzzFailure(FuzzCase Case, string Outcome)
{
    public override string ToString() => $"{Case.Method} {Shorten(Case.Url, 150)} [{Case.Field} = {Case.Value}] -> {Shorten(Outcome, 300)}";

    public static string Shorten(string text, int length) => text.Length <= length ? text : $"{text[..length]}… ({text.Length:N0} characters)";
}

/// <summary>
/// Sends requests to the app in memory, without cookies or redirects of its own, counts them and keeps every
/// answer of 500 or more (or a request the server threw on) with the exception the app logged for it.
/// </summary>
public sealed class FuzzClient(FuzzPortalFactory app)
{
    public const string CaseHeader = "X-Fuzz-Case";

    private readonly HttpClient _http = app.CreateDefaultClient(new Uri("http://localhost/"));
    private readonly ConcurrentQueue<FuzzFailure> _failures = new();
    private readonly ConcurrentDictionary<string, int> _countsByPhase = new(StringComparer.Ordinal);
    private int _count;
    private int _refusedByServer;

    public int Count => _count;

    /// <summary>Requests the HTTP layer refused before the app saw them.</summary>
    public int RefusedByServer => _refusedByServer;

    public IReadOnlyCollection<FuzzFailure> Failures => _failures;

    public IReadOnlyDictionary<string, int> CountsByPhase => _countsByPhase;

    /// <summary>The phase that requests are counted under.</summary>
    public string Phase { get; set; } = "setup";

    /// <summary>
    /// The URL as a client library sends it. Uri removes dot segments and re-escapes some bytes; the in-memory server
    /// cannot take a URL that skips that, so raw forms reach the app as a client would deliver them.
    /// </summary>
    public static Uri Url(string pathAndQuery) => new($"http://localhost{pathAndQuery}");

    public async Task<HttpResponseMessage?> SendAsync(HttpRequestMessage request, FuzzCase what)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = Interlocked.Increment(ref _count).ToString(CultureInfo.InvariantCulture);
        _countsByPhase.AddOrUpdate(Phase, 1, (_, n) => n + 1);
        request.Headers.TryAddWithoutValidation(CaseHeader, id);
        try
        {
            var response = await _http.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                _failures.Enqueue(new FuzzFailure(what, $"{(int)response.StatusCode} {app.Exceptions.For(id)}"));
            }

            return response;
        }
        catch (InvalidOperationException error) when (error.StackTrace?.Contains("PathString.FromUriComponent", StringComparison.Ordinal) == true)
        {
            // The server's URL decoder refuses the path before the app sees it (%00); Kestrel answers such a request 400.
            Interlocked.Increment(ref _refusedByServer);
            return null;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The in-memory server hands the client an exception the app let escape before answering.
            _failures.Enqueue(new FuzzFailure(what, $"threw {error.GetType().Name}: {FirstLine(error.Message)}"));
            return null;
        }
    }

    /// <summary>Sends and throws the answer away; the only thing that matters is its status.</summary>
    public async Task<HttpStatusCode?> TryAsync(HttpRequestMessage request, FuzzCase what)
    {
        using (request)
        {
            using var response = await SendAsync(request, what);
            return response?.StatusCode;
        }
    }

    public static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
