using System.Diagnostics;
using NewsPortal.Tests.Security.Fuzzing;
using Xunit.Abstractions;

namespace NewsPortal.Tests.Security;

/// <summary>
/// Every route, query key and form field of the app fed bad values: numbers out of range, words where numbers go,
/// 10,000-character strings, control characters, SQL and FTS syntax, traversal paths, look-alike letters and
/// bytes that are not UTF-8. No answer may be a server error, and nothing stored may be broken text.
/// </summary>
public class RouteFuzzerTests(ITestOutputHelper output)
{
    /// <summary>Routes the fuzzer must find; one dropped from discovery would otherwise go unfuzzed unnoticed.</summary>
    private static readonly string[] ExpectedRoutes =
    [
        "/", "/latest", "/search", "/error", "/status/{code:int}",
        "/articles/{id:int}/{slug?}", "/tags/{slug}", "/sections/{slug}",
        "/admin", "/admin/sign-in", "/admin/sign-out", "/admin/password", "/admin/users", "/admin/audit",
        "/admin/stories/new", "/admin/stories/{id:int}/edit", "/admin/stories/{id:int}/history",
        "/api/stories/", "/api/stories/{id:int}", "/api/stories/by-slug/{slug}", "/api/tags", "/api/{**path}",
        "/openapi/{documentName}.json",
        "/feed.rss", "/feed.atom", "/tags/{slug}/feed.rss", "/tags/{slug}/feed.atom",
        "/sections/{slug}/feed.rss", "/sections/{slug}/feed.atom",
        "/robots.txt", "/sitemap.xml", "/sitemaps/{number}.xml", "/news-sitemap.xml",
        "/health", "/health/live", "/health/ready",
        "/media/{width:int}/{name}",
    ];

    [Fact]
    public void DiscoveryFindsEveryRouteAndTheQueryKeysItReads()
    {
        using var app = new FuzzPortalFactory();
        var routes = RouteCatalog.Discover(app.Services);

        Assert.Empty(ExpectedRoutes.Except(routes.Select(r => r.Template)));
        Assert.True(routes.Count >= ExpectedRoutes.Length, $"{routes.Count} routes found");
        var byTemplate = routes.ToDictionary(r => r.Template);
        Assert.Superset(new HashSet<string>(["before", "after"]), byTemplate["/latest"].QueryKeys.ToHashSet());
        Assert.Superset(new HashSet<string>(["q", "before", "after"]), byTemplate["/search"].QueryKeys.ToHashSet());
        Assert.Contains("returnUrl", byTemplate["/admin/sign-in"].QueryKeys);
        Assert.Superset(new HashSet<string>(["page", "state", "q", "sort"]), byTemplate["/admin"].QueryKeys.ToHashSet());
        Assert.Superset(new HashSet<string>(["from", "to"]), byTemplate["/admin/stories/{id:int}/history"].QueryKeys.ToHashSet());
        Assert.Superset(new HashSet<string>(["page", "pageSize", "tag", "section"]), byTemplate["/api/stories/"].QueryKeys.ToHashSet());
    }

    [Fact]
    public async Task NoBadValueInAnyRouteQueryOrFormGetsAServerErrorOrStoresBrokenText()
    {
        var clock = Stopwatch.StartNew();
        using var app = new FuzzPortalFactory();
        var client = new FuzzClient(app);
        var world = await FuzzWorld.CreateAsync(app);
        var routes = RouteCatalog.Discover(app.Services);
        var reader = FuzzSession.Anonymous(client);
        var newsroom = await FuzzSession.SignedInAsync(client, app, NewsPortal.Web.Accounts.Roles.Admin);
        var fuzzer = new RouteFuzzer(client, world, routes, reader, newsroom);

        var timings = new List<string>();
        async Task TimedAsync(string phase, Func<Task> run)
        {
            var (started, sent) = (clock.Elapsed, client.Count);
            await run();
            timings.Add($"{phase} {(clock.Elapsed - started).TotalSeconds:N1} s for {client.Count - sent:N0}");
        }

        await TimedAsync("form discovery", fuzzer.DiscoverFormsAsync);
        await TimedAsync("routes", fuzzer.FuzzRoutesAsync);
        await TimedAsync("query", fuzzer.FuzzQueriesAsync);
        await TimedAsync("forms", fuzzer.FuzzFormsAsync);
        var (invalid, valuesRead, columns) = StoredTextGuard.ScanStore(app.DatabasePath);
        clock.Stop();

        output.WriteLine($"Fuzz requests: {client.Count:N0} ({client.RefusedByServer:N0} refused by the HTTP layer before the app) in {clock.Elapsed.TotalSeconds:N1} s ({string.Join(", ", client.CountsByPhase.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value:N0}"))}).");
        output.WriteLine($"Phases: {string.Join("; ", timings)}.");
        output.WriteLine($"Routes: {routes.Count}, with {routes.Sum(r => r.Parameters.Count)} route parameters; query keys tried: {fuzzer.QueryKeysFuzzed} (route × key); bad values: {FuzzCorpus.Values.Count} + {FuzzCorpus.RawPathSegments.Count} raw path forms.");
        output.WriteLine($"Forms: {fuzzer.PostTargets.Count} post targets with {fuzzer.FieldsFuzzed} fields; GET forms: {string.Join(", ", fuzzer.QueryForms.Select(f => f.Action).Distinct())}.");
        foreach (var target in fuzzer.PostTargets)
        {
            output.WriteLine($"  {target.Action}: {string.Join(", ", target.Fields.Select(f => f.Name))}");
        }

        output.WriteLine($"Store: {valuesRead:N0} text values in {columns} columns read as bytes.");
        var failures = client.Failures.Select(f => f.ToString()).ToList();
        // Every failure in the output; the assertion message groups them by what broke, so one bug is one line.
        foreach (var failure in failures.Concat(app.StoredText.BrokenWrites).Concat(invalid))
        {
            output.WriteLine(failure);
        }

        var byCause = client.Failures.GroupBy(f => (f.Case.Field, Kind: f.Outcome.Split(':')[0], Where: f.Outcome.Contains(" at ", StringComparison.Ordinal) ? f.Outcome[f.Outcome.LastIndexOf(" at ", StringComparison.Ordinal)..] : ""))
            .Select(g => $"{g.Count()} x {g.First()}").ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} server errors, {byCause.Count} kinds:\n{string.Join('\n', byCause.Take(60))}");
        Assert.True(app.StoredText.BrokenWrites.Count == 0, $"Broken text written to the store:\n{string.Join('\n', app.StoredText.BrokenWrites.Take(50))}");
        Assert.True(invalid.Count == 0, $"Stored text that is not UTF-8:\n{string.Join('\n', invalid.Take(50))}");
    }
}
