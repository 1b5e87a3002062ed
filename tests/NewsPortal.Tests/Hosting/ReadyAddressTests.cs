using System.Net;
using NewsPortal.CrashTest;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Hosting;

/// <summary>The address the app prints once it serves is one a browser on the same machine can open.</summary>
[SqliteOnly]
[Collection(AppProcesses.Name)]
public class ReadyAddressTests
{
    // As containers set it: every interface. Kestrel names that "http://[::]:port", which no browser opens.
    [Theory]
    [InlineData("http://+:0")]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://[::]:0")]
    public async Task ASiteListeningOnEveryInterfaceSaysToOpenLocalhost(string urls)
    {
        using var folder = SeedFile.FolderWith();
        await using var app = await RunningApp.StartAsync(Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll"), new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = urls,
            ["ConnectionStrings__NewsPortal"] = $"Data Source={Path.Combine(folder.Path, "store.db")}",
            ["Store__CreateIfMissing"] = "true",
        }, TimeSpan.FromSeconds(60));
        using var browser = new HttpClient { BaseAddress = app.Address };

        using var response = await browser.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("localhost", app.Address.Host);
        Assert.NotEqual(0, app.Address.Port);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
