using System.Xml.Linq;
using AngleSharp.Html.Parser;
using NewsPortal.BrowserTests.Support;
using NewsPortal.TestVectors;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Security;

namespace NewsPortal.BrowserTests.Reading;

/// <summary>
/// Every hostile body, published, stays inert in Chromium wherever readers meet it: its story page, the lists
/// that show it, search results and feed items. Each page is read twice, once under the site's CSP and once
/// with the CSP bypassed, so the markup itself is proven harmless rather than merely blocked.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class HostileStoriesTests(BrowserSite browser, HostileNewsroom newsroom) : IClassFixture<HostileNewsroom>
{
    private const string StoryBody = ".story__body";

    [Fact]
    public async Task HostileStoriesRunNoScriptOnAnyReaderPage()
    {
        Assert.True(newsroom.Stories.Count >= 100, $"Only {newsroom.Stories.Count} hostile stories.");

        var sweeps = await Task.WhenAll(SweepAsync(bypassCsp: false), SweepAsync(bypassCsp: true));

        var fired = sweeps.SelectMany(sweep => sweep.Fired).ToList();
        Assert.True(fired.Count == 0, $"Script ran ({fired.Count}):\n" + string.Join('\n', fired));
        foreach (var sweep in sweeps)
        {
            // The tag's pages must have listed every story, or some vector met no list.
            Assert.Subset(sweep.Listed, newsroom.Stories.Select(story => story.Url).ToHashSet(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task FeedItemsRunNoScriptInAReader()
    {
        await using var tab = await ScriptSentinels.OpenAsync(browser, newsroom.Address, bypassCsp: true);
        var fired = new List<string>();
        var items = 0;
        foreach (var feed in new[] { "/feed.rss", "/feed.atom", $"{Urls.Tag(HostileNewsroom.Tag)}/feed.rss", $"{Urls.Tag(HostileNewsroom.Tag)}/feed.atom" })
        {
            var response = await tab.Page.APIRequest.GetAsync(feed);
            Assert.True(response.Ok, $"GET {feed} answered {response.Status}");
            foreach (var (title, html) in HtmlItems(XDocument.Parse(await response.TextAsync())).Where(item => item.Html.Length > 0))
            {
                items++;
                var problems = InertMarkup.Problems(new HtmlParser().ParseDocument(html).Body!)
                    .Concat(await tab.ShowAsync(html));
                fired.AddRange(problems.Select(problem => $"{feed} item '{title}': {problem}"));
            }
        }

        Assert.True(items >= 100, $"The feeds carried only {items} items with a body.");
        Assert.True(fired.Count == 0, $"Feed items are not inert ({fired.Count}):\n" + string.Join('\n', fired));
    }

    [Fact]
    public async Task SentinelsNoticeScriptThatRuns()
    {
        // The sweeps above prove something only if a vector that did run would be noticed.
        const string Live =
            """
            <!doctype html><title>Live</title><div class="story__body">
            <img src="/missing.png" onerror="alert('live-dialog')">
            <img src="/missing.png" onerror="console.log('xss-live-console')">
            <img src="/missing.png" onerror="fetch('/beacon?live')">
            <p onmouseover="confirm('live-hover')">hover</p>
            <a href="javascript:prompt('live-link')">first</a> <a href="/elsewhere">second</a>
            </div>
            """;
        await using var bare = await ScriptSentinels.OpenAsync(browser, newsroom.Address, bypassCsp: true);
        await bare.ServeAsync("/live", Live);
        var fired = string.Join('\n', await bare.VisitAsync("/live", StoryBody, clickLinks: true));
        foreach (var sign in new[] { "alert dialog: live-dialog", "console: xss-live-console", "beacon request", "confirm dialog: live-hover", "prompt dialog: live-link", "xss-script-link" })
        {
            Assert.Contains(sign, fired, StringComparison.Ordinal);
        }

        await using var guarded = await ScriptSentinels.OpenAsync(browser, newsroom.Address, bypassCsp: false);
        await guarded.ServeAsync("/live", Live, SecurityHeaders.ContentSecurityPolicy);
        var blocked = string.Join('\n', await guarded.VisitAsync("/live", StoryBody, clickLinks: true));
        Assert.Contains("xss-csp-violation", blocked, StringComparison.Ordinal);
        Assert.DoesNotContain("dialog", blocked, StringComparison.Ordinal);
    }

    private async Task<(List<string> Fired, HashSet<string> Listed)> SweepAsync(bool bypassCsp)
    {
        var mode = bypassCsp ? "CSP bypassed" : "with CSP";
        await using var tab = await ScriptSentinels.OpenAsync(browser, newsroom.Address, bypassCsp);
        var fired = new List<string>();
        foreach (var story in newsroom.Stories)
        {
            var problems = await tab.VisitAsync(story.Url, StoryBody, clickLinks: true);
            fired.AddRange(problems.Select(problem => $"[{mode}] {story.Vector} on {story.Url}: {problem}"));
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in new[] { "/", "/latest", Urls.Tag(HostileNewsroom.Tag), Urls.Section(HostileNewsroom.Section), "/search?q=" + HostileNewsroom.Tag })
        {
            for (var url = list; url is not null; url = await NextPageAsync(tab.Page))
            {
                var problems = await tab.VisitAsync(url, "main", clickLinks: false);
                fired.AddRange(problems.Select(problem => $"[{mode}] list {url}: {problem}"));
                if (list == Urls.Tag(HostileNewsroom.Tag))
                {
                    listed.UnionWith(await tab.Page.Locator("main a[href^='/articles/']").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))"));
                }
            }
        }

        return (fired, listed);
    }

    private static async Task<string?> NextPageAsync(Microsoft.Playwright.IPage page)
    {
        var next = page.Locator("a[rel=next]");
        return await next.CountAsync() > 0 ? await next.First.GetAttributeAsync("href") : null;
    }

    /// <summary>Each item's title and HTML body, from an RSS (content:encoded) or Atom (content) feed.</summary>
    private static IEnumerable<(string Title, string Html)> HtmlItems(XDocument feed)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        foreach (var item in feed.Descendants("item"))
        {
            yield return ((string?)item.Element("title") ?? "", (string?)item.Element(content + "encoded") ?? "");
        }

        foreach (var entry in feed.Descendants(atom + "entry"))
        {
            yield return ((string?)entry.Element(atom + "title") ?? "", (string?)entry.Element(atom + "content") ?? "");
        }
    }
}
