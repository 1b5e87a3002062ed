using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsPortal.BrowserTests.Support;

/// <summary>
/// A browser tab that notices any script a page runs: dialogs (alert, confirm, prompt), console lines starting
/// with <see cref="Marker"/>, requests to a beacon address, links that navigate to a script scheme, script
/// errors, frames and pop-ups, and, with the site's CSP in force, anything the CSP had to block. Each visit
/// hovers, focuses and clicks what the page shows, so handlers and <c>javascript:</c> links get their chance.
/// Nothing leaves the test site.
/// </summary>
public sealed class ScriptSentinels : IAsyncDisposable
{
    /// <summary>Hostile bodies and the watch script log lines starting with this when something ran.</summary>
    public const string Marker = "xss-";

    /// <summary>Hostile bodies request addresses starting with this when something loaded or ran.</summary>
    public const string BeaconPath = "/beacon";

    private const string ReaderViewPath = "/reader-view";

    // Runs before any page script, CSP or not: reports what the CSP blocked and links that would run script.
    private const string WatchScript =
        """
        document.addEventListener('securitypolicyviolation', event =>
          console.log('xss-csp-violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code')), true);
        document.addEventListener('click', event => {
          const link = event.target instanceof Element ? event.target.closest('a, area') : null;
          const href = link && (link.getAttribute('href') ?? link.getAttribute('xlink:href'));
          if (href === null || href === undefined) return;
          let scheme;
          try { scheme = new URL(href, document.baseURI).protocol; } catch { return; }
          if (!['http:', 'https:', 'mailto:'].includes(scheme)) console.log('xss-script-link: ' + href);
        }, true);
        """;

    // What a curious reader does: points at and focuses everything and clicks links, then lets two frames pass
    // so animations, transitions and timers fire. Links to web and mail addresses only load a page, so they are
    // left alone: every other link is clicked, as that is where a script scheme would run.
    private const string ExerciseScript =
        """
        async ({ selector, clickLinks }) => {
          const roots = [...document.querySelectorAll(selector)];
          const elements = roots.flatMap(root => [root, ...root.querySelectorAll('*')]);
          for (const element of elements) {
            for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'focusin', 'focus']) {
              element.dispatchEvent(new MouseEvent(type, { bubbles: true }));
            }
            element.focus?.();
          }
          if (clickLinks) {
            for (const link of roots.flatMap(root => [...root.querySelectorAll('a, area')])) {
              const href = link.getAttribute('href') ?? link.getAttribute('xlink:href');
              if (href === null) continue;
              let scheme;
              try { scheme = new URL(href, document.baseURI).protocol; } catch { scheme = 'unparsable:'; }
              if (['http:', 'https:', 'mailto:'].includes(scheme)) continue;
              if (typeof link.click === 'function') link.click();
              else link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
              await new Promise(resolve => setTimeout(resolve, 0));
            }
          }
          await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          return elements.length;
        }
        """;

    private readonly IBrowserContext _context;
    private readonly Uri _site;
    private readonly List<string> _fired = [];
    private readonly Lock _firedLock = new();
    private volatile string _readerView = "";

    private ScriptSentinels(IBrowserContext context, IPage page, Uri site)
    {
        _context = context;
        Page = page;
        _site = site;
    }

    public IPage Page { get; }

    /// <summary>A tab on <paramref name="site"/>; with <paramref name="bypassCsp"/> the site's CSP is ignored, so only the markup itself stands between a vector and the reader.</summary>
    public static async Task<ScriptSentinels> OpenAsync(BrowserSite browser, Uri site, bool bypassCsp)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.ToString(),
            BypassCSP = bypassCsp,
            ViewportSize = BrowserSite.Desktop,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(30_000);
        await context.AddInitScriptAsync(WatchScript);
        var page = await context.NewPageAsync();
        var sentinels = new ScriptSentinels(context, page, site);
        // Patterns rather than one catch-all handler: the browser then asks the test only about these requests.
        await context.RouteAsync(new Regex("^[^?#]*" + BeaconPath + "[^/]*$"), sentinels.BeaconAsync);
        await context.RouteAsync(new Uri(site, ReaderViewPath).ToString(), route =>
            route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = sentinels._readerView }));
        await context.RouteAsync(new Regex("^(?!" + Regex.Escape(site.GetLeftPart(UriPartial.Authority)) + "/)"), route => route.AbortAsync("blockedbyclient"));
        page.Dialog += async (_, dialog) =>
        {
            sentinels.Fire($"{dialog.Type} dialog: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.StartsWith(Marker, StringComparison.Ordinal))
            {
                sentinels.Fire($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => sentinels.Fire($"script error: {error}");
        page.Popup += (_, popup) => sentinels.Fire($"pop-up: {popup.Url}");
        page.FrameAttached += (_, frame) => sentinels.Fire("a frame was attached");
        return sentinels;
    }

    /// <summary>Makes the tab receive this page at <paramref name="path"/> instead of asking the site.</summary>
    public Task ServeAsync(string path, string html, string? contentSecurityPolicy = null)
    {
        var headers = new Dictionary<string, string> { ["Content-Type"] = "text/html; charset=utf-8" };
        if (contentSecurityPolicy is not null)
        {
            headers["Content-Security-Policy"] = contentSecurityPolicy;
        }

        return _context.RouteAsync(new Uri(_site, path).ToString(), route =>
            route.FulfillAsync(new RouteFulfillOptions { Status = 200, Headers = headers, Body = html }));
    }

    /// <summary>
    /// Opens a page, exercises what <paramref name="selector"/> finds (clicking its links when asked) and
    /// returns every sentinel that fired; empty when nothing ran.
    /// </summary>
    public async Task<IReadOnlyList<string>> VisitAsync(string url, string selector, bool clickLinks)
    {
        Reset();
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"GET {url} answered {response?.Status}");
        return await ExerciseAsync(selector, clickLinks);
    }

    /// <summary>Shows markup as a feed reader would, as a page of its own, and exercises all of it.</summary>
    public Task<IReadOnlyList<string>> ShowAsync(string html)
    {
        _readerView = $"<!doctype html><html><head><title>Item</title></head><body>{html}</body></html>";
        return VisitAsync(ReaderViewPath, "body", clickLinks: true);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private async Task<IReadOnlyList<string>> ExerciseAsync(string selector, bool clickLinks)
    {
        await Page.EvaluateAsync<int>(ExerciseScript, new { selector, clickLinks });
        // Dialogs block the page, so they are in; a beacon request or console line may still be on its way.
        await Page.WaitForTimeoutAsync(25);
        lock (_firedLock)
        {
            return [.. _fired];
        }
    }

    private void Reset()
    {
        lock (_firedLock)
        {
            _fired.Clear();
        }
    }

    private void Fire(string what)
    {
        lock (_firedLock)
        {
            _fired.Add(what);
        }
    }

    private async Task BeaconAsync(IRoute route)
    {
        Fire($"beacon request: {route.Request.Method} {route.Request.Url}");
        await route.FulfillAsync(new RouteFulfillOptions { Status = 204 });
    }
}
