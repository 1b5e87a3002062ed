using NewsPortal.CrashTest;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Hosting;

/// <summary>
/// Every library a process loads stays in its memory until it exits, so a SQLite site that serves readers must not load
/// what only PostgreSQL, uploaded photos or outgoing HTTP calls need, nor what reading other libraries' names takes.
/// </summary>
[Collection(AppProcesses.Name)]
public class LoadedLibrariesTests
{
    private static readonly string[] Unused =
    [
        "Npgsql.dll", "SkiaSharp.dll", "System.Net.Http.dll", "System.Reflection.Metadata.dll",
    ];

    [Fact]
    public async Task ASqliteSiteServingReadersLoadsNoLibraryItDoesNotUse()
    {
        using var folder = SeedFile.FolderWith();
        await using var app = await RunningApp.StartAsync(Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll"), new Dictionary<string, string>
        {
            ["ConnectionStrings__NewsPortal"] = $"Data Source={Path.Combine(folder.Path, "store.db")}",
            ["Store__CreateIfMissing"] = "true",
        }, TimeSpan.FromSeconds(60));
        using var reader = new HttpClient { BaseAddress = app.Address };

        foreach (var page in new[] { "/", "/articles/1", "/latest", "/search?q=Umerov", "/feed.rss", "/sitemap.xml" })
        {
            using var response = await reader.GetAsync(new Uri(page, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
        }

        var loaded = (await File.ReadAllLinesAsync($"/proc/{app.ProcessId}/maps"))
            .Select(line => Path.GetFileName(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last())).ToHashSet();
        Assert.Contains("Microsoft.Data.Sqlite.dll", loaded);
        Assert.All(Unused, library => Assert.DoesNotContain(library, loaded));
    }
}
