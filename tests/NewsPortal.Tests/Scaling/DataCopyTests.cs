using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.CrashTest;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Data;
using Npgsql;
using Xunit.Abstractions;

namespace NewsPortal.Tests.Scaling;

/// <summary>
/// <c>data copy</c>, run as the operator runs it (its own process), from a SQLite store the app made into a PostgreSQL
/// database of the test server; then the two stores are compared row by row, and the site on each, served by its own
/// process, address by address.
/// </summary>
[Collection(AppProcesses.Name)]
public sealed partial class DataCopyTests(ITestOutputHelper log)
{
    // The smallest valid PNG: one transparent pixel.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>Both sites make their absolute links (canonical, feeds, sitemaps, API) with it, whatever port each listens on.</summary>
    private const string PublicUrl = "http://news.example";

    private const string EditorEmail = "editor@newsroom.example";

    [Fact]
    public async Task ACopiedSiteServesEveryReaderPageAsTheSqliteSiteDid()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "newsportal.db");
        var media = Path.Combine(folder.Path, "media");
        var target = TestPostgres.CreateDatabase();
        try
        {
            await MakeSiteAsync(store, media);
            var copy = await DataCopyAsync(media, "copy", "--from", store, "--to", target);

            Assert.True(copy.ExitCode == 0, copy.StandardError);
            Assert.Matches(@"Articles\s+52\s+52", copy.StandardOutput);
            Assert.Contains($"Photos stay where they are: {media} holds the photos of 1 copied story", copy.StandardOutput, StringComparison.Ordinal);

            // Row by row, every value as the app reads it: keys, versions, tag links' listed times, password hashes.
            await using (var fromSqlite = SqliteStore(store))
            await using (var fromPostgres = PostgresStore(target))
            {
                foreach (var table in RowsOfEveryTable)
                {
                    Assert.Equal(await table(fromSqlite), await table(fromPostgres));
                }
            }

            // Each site in a process of its own: the app compiles its reader queries against the first store's model a
            // process uses, as a deployed app uses one store.
            await using var sqlite = await ServeAsync(media, ("Database__Provider", "Sqlite"), ("ConnectionStrings__NewsPortal", $"Data Source={store}"));
            await using var postgres = await ServeAsync(media, ("Database__Provider", "Postgres"), ("ConnectionStrings__NewsPortal", target));

            // Search is left out: FTS5 and PostgreSQL rank and mark matches each their own way.
            var pages = await CrawlAsync(Browser(sqlite));
            Assert.Contains("/tags/umerov", pages.Keys);
            Assert.Contains("/sitemap.xml", pages.Keys);
            Assert.Contains("/api/tags", pages.Keys);
            Assert.Equal(49, pages.Keys.Count(p => p.StartsWith("/articles/", StringComparison.Ordinal))); // all but the draft, the scheduled and the unpublished
            var copied = Browser(postgres);
            foreach (var (path, page) in pages)
            {
                Assert.Equal((path, page), (path, await FetchAsync(copied, path)));
            }

            log.WriteLine($"{pages.Count} addresses answered the same on both sites.");

            // The copy is the newsroom's too: its users sign in, and new rows get keys past the copied ones.
            var editor = await SignInAsync(Browser(postgres), EditorEmail);
            int newest;
            await using (var db = PostgresStore(target))
            {
                newest = await db.Articles.MaxAsync(a => a.Id);
            }

            var editUrl = await CreateAsync(editor, "First story written on PostgreSQL", "Publish");
            Assert.Equal($"/admin/stories/{newest + 1}/edit", editUrl);
        }
        finally
        {
            TestPostgres.DropDatabase(target);
        }
    }

    [Fact]
    public async Task ACopyIntoADatabaseThatHoldsRowsIsRefusedAndWritesNothing()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "newsportal.db");
        var target = TestPostgres.CreateDatabase();
        try
        {
            await MakeSiteAsync(store, Path.Combine(folder.Path, "media"));
            var first = await DataCopyAsync(folder.Path, "copy", "--from", store, "--to", target);
            Assert.True(first.ExitCode == 0, first.StandardError);
            var before = await RowCountsAsync(target);

            var second = await DataCopyAsync(folder.Path, "copy", "--from", store, "--to", target);

            var database = new NpgsqlConnectionStringBuilder(target);
            Assert.Equal(1, second.ExitCode);
            Assert.Equal(
                $"The PostgreSQL database {database.Database} on {database.Host}:{database.Port} already holds rows (in AspNetRoles, AspNetUsers, AuditEvents, Tags, Articles, AspNetUserRoles, ArticleNotices, ArticleRevisions, ArticleTags); a copy only goes into an empty database, so nothing was written.",
                second.StandardErrorWithoutLogLines);
            Assert.Equal(before, await RowCountsAsync(target));
            Assert.Equal(52, before["Articles"]);
        }
        finally
        {
            TestPostgres.DropDatabase(target);
        }
    }

    [Fact]
    public async Task AStoreWithMigrationsStillToApplyIsRefusedUntilTheAppHasRunOnIt()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "old.db");
        await MigrateAsync(store, "SectionIndex");

        var run = await DataCopyAsync(folder.Path, "copy", "--from", store, "--to", "Host=127.0.0.1;Database=never_opened");

        await using var db = new NewsPortalDbContext(new DbContextOptionsBuilder<NewsPortalDbContext>().UseSqlite($"Data Source={store};Pooling=False").Options);
        var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
        Assert.True(pending > 0);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"The store {store} is not up to date ({pending} of the app's migrations are not applied to it): start the app on it once first, then copy it.",
            run.StandardErrorWithoutLogLines);
    }

    [Fact]
    public async Task AMissingOrForeignSourceFileIsOneSentence()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "missing.db");
        var text = Path.Combine(folder.Path, "notes.db");
        await File.WriteAllTextAsync(text, "not a database");

        var noFile = await DataCopyAsync(folder.Path, "copy", "--from", missing, "--to", "Host=127.0.0.1;Database=never_opened");
        var notSqlite = await DataCopyAsync(folder.Path, "copy", "--from", text, "--to", "Host=127.0.0.1;Database=never_opened");

        Assert.Equal((1, $"There is no SQLite store at {missing} to copy."), (noFile.ExitCode, noFile.StandardErrorWithoutLogLines));
        Assert.Equal((1, $"{text} cannot be read as a SQLite store: SQLite Error 26: 'file is not a database'."), (notSqlite.ExitCode, notSqlite.StandardErrorWithoutLogLines));
    }

    [Fact]
    public async Task AnUnreachableServerIsOneSentence()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "newsportal.db");
        await MigrateAsync(store, null);

        var run = await DataCopyAsync(folder.Path, "copy", "--from", store, "--to", "Host=127.0.0.1;Port=1;Database=newsportal");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("The PostgreSQL database newsportal on 127.0.0.1:1 cannot be opened: Failed to connect to 127.0.0.1:1", run.StandardErrorWithoutLogLines, StringComparison.Ordinal);
        Assert.Single(run.StandardErrorWithoutLogLines.Split('\n'));
    }

    [Theory]
    [InlineData("")]
    [InlineData("copy")]
    [InlineData("copy --from store.db")]
    [InlineData("copy --to Host=db;Database=newsportal")]
    [InlineData("move --from store.db --to Host=db;Database=newsportal")]
    [InlineData("copy --from store.db --to Host=db")]
    [InlineData("copy --from store.db --to nonsense")]
    public async Task WrongArgumentsGetTheUsage(string arguments)
    {
        using var folder = new TempFolder();

        var run = await DataCopyAsync(folder.Path, arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith(DataCopyCommand.Usage, run.StandardErrorWithoutLogLines, StringComparison.Ordinal);
    }

    /// <summary>
    /// The seed, plus what a newsroom adds through the app: users, tagged stories, an edited one (revisions), a
    /// correction, a photo, a scheduled story, a draft, an unpublished one; 52 stories in all. The app is stopped
    /// (and its file released) before the method returns.
    /// </summary>
    private static async Task MakeSiteAsync(string store, string media)
    {
        using var app = OnSqlite(store, media);
        await app.AddUserAsync(Roles.Editor, EditorEmail);
        await app.AddUserAsync(Roles.Author, "author@newsroom.example");
        var editor = await SignInAsync(app.CreateBrowser(), EditorEmail);

        var corrected = await CreateAsync(editor, "Umerov opens a new arms plant", "Publish", tags: "umerov, defense");
        app.Time.Advance(TimeSpan.FromMinutes(10));
        var edited = await CreateAsync(editor, "Harbour cranes return to Odesa", "Publish", tags: "odesa, ports");
        app.Time.Advance(TimeSpan.FromMinutes(10));
        await SubmitAsync(editor, edited, "form.editor__form", new() { ["Draft.Body"] = "The cranes are back, and so are the ships." }, "Save");
        await SubmitAsync(editor, corrected, ".notices-editor form.notice-add", new() { ["NoticeKind"] = "Correction", ["NoticeText"] = "An earlier version named the wrong region." });
        await CreateAsync(editor, "A photo from the port", "Publish", tags: "odesa", photo: true);
        // Far ahead: the sites compared run on the real clock, and a story going live there would be a write of their
        // own. Further ahead than the form allows, so it goes into the store as a scheduled save leaves it.
        var sitting = await app.AddStoryAsync("A sitting of parliament to come", new DateTimeOffset(2099, 3, 8, 7, 0, 0, TimeSpan.Zero));
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Id == sitting.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.GoLivePending, true)));
        await CreateAsync(editor, "A draft nobody has read", "Save");
        var withdrawn = await CreateAsync(editor, "A story taken down", "Publish", tags: "defense");
        await SubmitAsync(editor, withdrawn, "form.editor__form", [], "Unpublish");
        for (var i = 0; i < 25; i++)
        {
            await app.AddStoryAsync($"Defense briefing number {i}", NewsPortalFactory.SeedEvening.AddHours(-30).AddMinutes(i), ["defense", i % 2 == 0 ? "briefings" : "Army"]);
        }
    }

    private static NewsPortalFactory OnSqlite(string store, string media) => new NewsPortalFactory()
        .With("Database:Provider", "Sqlite").With("ConnectionStrings:NewsPortal", $"Data Source={store}").With("Media:Folder", media);

    private static async Task<HttpClient> SignInAsync(HttpClient browser, string email)
    {
        using var response = await browser.SubmitFormAsync("/admin/sign-in", "form", new() { ["Email"] = email, ["Password"] = Newsroom.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static async Task<string> CreateAsync(HttpClient editor, string headline, string handler, string tags = "", bool photo = false)
    {
        var story = new Dictionary<string, string>
        {
            ["Draft.Headline"] = headline,
            ["Draft.Section"] = "Politics",
            ["Draft.Tags"] = tags,
            ["Draft.Body"] = $"First paragraph of \"{headline}\".\n\nSecond paragraph with **bold** text.",
        };
        if (photo)
        {
            story["Draft.PhotoAltText"] = "A harbour crane";
        }

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, handler, photo ? [("PhotoFile", "crane.png", Png)] : []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static async Task SubmitAsync(HttpClient editor, string url, string form, Dictionary<string, string> fields, string? handler = null)
    {
        using var response = await editor.SubmitFormAsync(url, form, fields, handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Task<AppProcess.Outcome> DataCopyAsync(string mediaFolder, params string[] arguments) =>
        AppProcess.RunUntilExitAsync(TimeSpan.FromMinutes(2), [DataCopyCommand.Name, .. arguments], null, ("Media__Folder", mediaFolder));

    private static Task<RunningApp> ServeAsync(string media, params (string Name, string Value)[] store) =>
        RunningApp.StartAsync(Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll"), new Dictionary<string, string>(store.Select(s => KeyValuePair.Create(s.Name, s.Value)))
        {
            ["Media__Folder"] = media,
            ["Newsroom__PublicUrl"] = PublicUrl,
        }, TimeSpan.FromSeconds(60));

    /// <summary>A browser of the site in <paramref name="app"/>, with its own cookies, not following redirects.</summary>
    private static HttpClient Browser(RunningApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.Address };

    private static NewsPortalDbContext SqliteStore(string store) =>
        new(new DbContextOptionsBuilder<NewsPortalDbContext>().UseSqlite($"Data Source={store};Mode=ReadOnly;Pooling=False").Options);

    private static PostgresNewsPortalDbContext PostgresStore(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresNewsPortalDbContext>().UseNpgsql(connectionString).Options);

    private static async Task MigrateAsync(string store, string? migration)
    {
        await using var db = new NewsPortalDbContext(new DbContextOptionsBuilder<NewsPortalDbContext>().UseSqlite($"Data Source={store};Pooling=False").Options);
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    private static readonly Func<NewsPortalDbContext, Task<string>>[] RowsOfEveryTable =
    [
        db => JsonOf(db.Articles.OrderBy(a => a.Id)),
        db => JsonOf(db.Tags.OrderBy(t => t.Id)),
        db => JsonOf(db.Set<NewsPortal.Web.Articles.ArticleTag>().OrderBy(l => l.ArticleId).ThenBy(l => l.TagId)),
        db => JsonOf(db.ArticleNotices.OrderBy(n => n.Id)),
        db => JsonOf(db.ArticleRevisions.OrderBy(r => r.Id)),
        db => JsonOf(db.AuditEvents.OrderBy(e => e.Id)),
        db => JsonOf(db.Users.OrderBy(u => u.Id)),
        db => JsonOf(db.Roles.OrderBy(r => r.Id)),
        db => JsonOf(db.UserRoles.OrderBy(r => r.UserId).ThenBy(r => r.RoleId)),
        db => JsonOf(db.UserClaims.OrderBy(c => c.Id)),
        db => JsonOf(db.RoleClaims.OrderBy(c => c.Id)),
    ];

    private static async Task<string> JsonOf<T>(IQueryable<T> rows)
        where T : class => JsonSerializer.Serialize(await rows.AsNoTracking().ToListAsync());

    private static async Task<Dictionary<string, long>> RowCountsAsync(string connectionString)
    {
        await using var db = PostgresStore(connectionString);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
        {
#pragma warning disable EF1002 // table names from the model
            counts[table] = await db.Database.SqlQueryRaw<long>($"SELECT count(*) AS \"Value\" FROM \"{table}\"").SingleAsync();
#pragma warning restore EF1002
        }

        return counts;
    }

    private sealed record Page(HttpStatusCode Status, string? MediaType, string Body);

    private static async Task<Page> FetchAsync(HttpClient reader, string path)
    {
        using var response = await reader.GetAsync(new Uri(path, UriKind.Relative));
        // A redirect is compared by where it leads.
        return response.StatusCode == HttpStatusCode.Found
            ? new Page(response.StatusCode, null, response.Headers.Location!.OriginalString)
            : new Page(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    // What readers, feed readers, crawlers and API clients can reach. Search is not among them (see above).
    private static readonly string[] ReaderPaths =
        ["/latest", "/articles/", "/tags/", "/sections/", "/sitemap", "/news-sitemap.xml", "/feed.", "/robots.txt", "/api/stories", "/api/tags"];

    /// <summary>Every reader address the site links to, from the front page, the sitemaps, the feeds and the API.</summary>
    private static async Task<Dictionary<string, Page>> CrawlAsync(HttpClient reader)
    {
        var pages = new Dictionary<string, Page>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/", "/robots.txt", "/sitemap.xml", "/news-sitemap.xml", "/feed.rss", "/feed.atom", "/api/stories", "/api/tags"]);
        var parser = BrowsingContext.New(Configuration.Default);
        while (queue.TryDequeue(out var path))
        {
            if (pages.ContainsKey(path))
            {
                continue;
            }

            Assert.True(pages.Count < 2000, "The crawl does not end.");
            var page = await FetchAsync(reader, path);
            pages[path] = page;
            // Newer up to the top of a list is sent to the list's own address.
            if (page.Status == HttpStatusCode.Found && path.Contains("after=", StringComparison.Ordinal))
            {
                queue.Enqueue(page.Body);
                continue;
            }

            Assert.True(page.Status == HttpStatusCode.OK, $"GET {path}: {(int)page.Status}");

            var links = page.MediaType == "text/html"
                ? (await parser.OpenAsync(request => request.Content(page.Body))).QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!)
                : AbsoluteLink().Matches(page.Body).Select(m => WebUtility.HtmlDecode(m.Value.Replace("\\u0026", "&", StringComparison.Ordinal)));
            foreach (var link in links)
            {
                var local = link.StartsWith(PublicUrl + "/", StringComparison.Ordinal) ? link[PublicUrl.Length..] : link;
                local = local.Split('#')[0];
                if (local == "/" || ReaderPaths.Any(p => local.StartsWith(p, StringComparison.Ordinal)))
                {
                    queue.Enqueue(local);
                }

                if (ArticlePath().Match(local) is { Success: true } article)
                {
                    queue.Enqueue($"/api/stories/{article.Groups["id"].Value}");
                    queue.Enqueue($"/api/stories/by-slug/{article.Groups["slug"].Value}");
                }
            }
        }

        return pages;
    }

    [GeneratedRegex("""http://news\.example/[^"'<>\s]*""")]
    private static partial Regex AbsoluteLink();

    [GeneratedRegex("^/articles/(?<id>[0-9]+)/(?<slug>[^/?#]+)$")]
    private static partial Regex ArticlePath();
}
