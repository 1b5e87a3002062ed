using System.Globalization;
using Microsoft.Playwright;

namespace NewsPortal.BrowserTests.Support;

/// <summary>
/// A reader's browser tab. It records what a reader would notice going wrong (console errors, script errors,
/// failed or 4xx/5xx requests) and keeps the browser on the test site: any other address is refused, so a
/// test never reaches the internet. Screenshots of each page go to <see cref="Screenshots.Folder"/>.
/// </summary>
public sealed class Reader : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly Uri _site;
    private readonly string _testName;
    private readonly List<string> _problems = [];
    private readonly Lock _problemsLock = new();
    private int _screenshots;

    private Reader(IBrowserContext context, IPage page, Uri site, string testName)
    {
        _context = context;
        Page = page;
        _site = site;
        _testName = testName;
    }

    public IPage Page { get; }

    public static async Task<Reader> OpenAsync(IBrowser browser, BrowserNewContextOptions options, Uri site, string testName)
    {
        var context = await browser.NewContextAsync(options);
        // Local pages answer in milliseconds, but a 2-core CI machine under a parallel test run can stall for
        // seconds; 30 s still tells a stuck step from a slow one.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var reader = new Reader(context, page, site, testName);
        await context.RouteAsync("**/*", reader.KeepOnSiteAsync);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                reader.Note($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => reader.Note($"script error on {page.Url}: {error}");
        page.RequestFailed += (_, request) => reader.Note($"{request.Method} {request.Url} failed: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                reader.Note($"{response.Request.Method} {response.Url} answered {response.Status}");
            }
        };
        return reader;
    }

    /// <summary>Waits until the page has finished loading everything, then saves a full-page screenshot.</summary>
    public async Task ScreenshotAsync(string pageName)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await CheckStylesheetsAsync();
        _screenshots++;
        var file = Path.Combine(Screenshots.Folder, string.Create(CultureInfo.InvariantCulture, $"{_testName}-{_screenshots:00}-{pageName}.png"));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    /// <summary>Fails the test if any page this reader opened logged an error or had a request fail.</summary>
    public void SawNoErrors()
    {
        lock (_problemsLock)
        {
            Assert.True(_problems.Count == 0, "The reader's pages had problems:\n" + string.Join('\n', _problems));
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private void Note(string problem)
    {
        lock (_problemsLock)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>
    /// A stylesheet answered with 200 and no bytes is no failed request, yet the reader gets an unstyled
    /// page: every linked stylesheet must have arrived with rules in it.
    /// </summary>
    private async Task CheckStylesheetsAsync()
    {
        var empty = await Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('link[rel="stylesheet"]')]
              .filter(link => !link.sheet || link.sheet.cssRules.length === 0)
              .map(link => link.href)
            """);
        foreach (var href in empty)
        {
            Note($"stylesheet {href} on {Page.Url} arrived empty or did not load");
        }
    }

    private async Task KeepOnSiteAsync(IRoute route)
    {
        var target = new Uri(route.Request.Url);
        if (Uri.Compare(target, _site, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            await route.ContinueAsync();
            return;
        }

        Note($"the page asked for an off-site address, refused: {route.Request.Url}");
        await route.AbortAsync("blockedbyclient");
    }
}
