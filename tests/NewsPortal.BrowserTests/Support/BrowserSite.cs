using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace NewsPortal.BrowserTests.Support;

/// <summary>
/// One running app and one headless Debian Chromium, shared by every browser test; each test gets a fresh
/// browser context (its own cookies and cache) through <see cref="OpenReaderAsync"/>.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit ends a fixture through IAsyncLifetime.DisposeAsync, which disposes the server.")]
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    /// <summary>The narrowest phone still sold: a layout that fits it fits every phone.</summary>
    public static readonly ViewportSize SmallPhone = new() { Width = 320, Height = 640 };

    // Quiet and offline: the browser itself must not phone home (updates, sync, QUIC probes) during a test run.
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly PortalServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running app's services, for arranging what a test needs, e.g. a newsroom account.</summary>
    public IServiceProvider Services => _server.Services;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run 'bash scripts/test.sh', which installs Debian's chromium.");
        }

        Address = _server.Start();
        // Assertions retry until this passes; generous for a loaded 2-core CI machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = LaunchArgs,
        });
    }

    /// <summary>
    /// A new reader at the given screen size, on this site or on <paramref name="server"/>, one of a test's own; pages
    /// it opens are watched for failures.
    /// </summary>
    public Task<Reader> OpenReaderAsync(ViewportSize? screen = null, Uri? server = null, [CallerMemberName] string testName = "")
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not been started.");
        var phone = screen is not null && screen.Width < 600;
        var options = new BrowserNewContextOptions
        {
            BaseURL = (server ?? Address).ToString(),
            ViewportSize = screen ?? Desktop,
            IsMobile = phone,
            HasTouch = phone,
            Locale = "en-GB",
            TimezoneId = "Europe/Kyiv",
        };
        return Reader.OpenAsync(browser, options, server ?? Address, testName);
    }

    /// <summary>A bare browser context on the shared browser, for tests that watch pages their own way.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not been started.");
        return browser.NewContextAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
