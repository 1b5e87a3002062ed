using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsPortal.CrashTest;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Pages.Admin;

namespace NewsPortal.Tests.Hosting;

/// <summary>SIGTERM, as a service manager or container runtime sends it, stops the app without cutting anyone off.</summary>
[Collection(AppProcesses.Name)]
public class GracefulShutdownTests
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task SigtermLetsARequestInFlightFinishThenExitsCleanlyWithTheLastLogLinesWritten()
    {
        using var folder = SeedFile.FolderWith();
        await using var app = await RunningApp.StartAsync(Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll"), new Dictionary<string, string>
        {
            ["ConnectionStrings__NewsPortal"] = $"Data Source={Path.Combine(folder.Path, "store.db")}",
            ["Store__CreateIfMissing"] = "true",
            ["Host__ShutdownTimeout"] = ShutdownTimeout.ToString(),
        }, TimeSpan.FromSeconds(60));
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Address };
        var signIn = await browser.GetPageAsync("/admin/sign-in");
        using var body = new SlowFormBody(new Dictionary<string, string>
        {
            ["Email"] = "nobody@newsroom.example",
            ["Password"] = "not the password",
            ["__RequestVerificationToken"] = signIn.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        });

        var posting = browser.PostAsync(new Uri("/admin/sign-in", UriKind.Relative), body);
        await body.FirstHalfSent;
        await Task.Delay(300); // the app is now reading the form
        await app.TerminateAsync();
        await app.WaitForOutputAsync("Application is shutting down", TimeSpan.FromSeconds(10));
        body.SendTheRest();
        using var response = await posting;
        var page = await response.Content.ReadAsStringAsync(); // throws if the body was cut short
        var exitCode = await app.WaitForExitAsync(ShutdownTimeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(SignInModel.Failure), page, StringComparison.Ordinal);
        Assert.EndsWith("</html>", page.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        // What was logged after the shutdown began, the finished request among it, reached the console.
        var output = app.Output.ToList();
        var shutdown = output.FindIndex(line => line.Contains("Application is shutting down", StringComparison.Ordinal));
        Assert.True(shutdown >= 0, string.Join(Environment.NewLine, output));
        Assert.Contains(output[shutdown..], line => line.Contains("HTTP POST /admin/sign-in responded 200", StringComparison.Ordinal));
    }

    [Fact]
    public void TheShutdownTimeoutIsASetting()
    {
        using var configured = new NewsPortalFactory().With("Host:ShutdownTimeout", "00:00:07");
        using var standard = new NewsPortalFactory();

        Assert.Equal(TimeSpan.FromSeconds(7), configured.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), standard.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    /// <summary>A form body sent in two halves, the second only when the test says so: a slow client's upload.</summary>
    private sealed class SlowFormBody : HttpContent
    {
        private readonly byte[] _bytes;
        private readonly TaskCompletionSource _firstHalfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _rest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public SlowFormBody(Dictionary<string, string> fields)
        {
            _bytes = System.Text.Encoding.ASCII.GetBytes(string.Join('&', fields.Select(field => $"{Uri.EscapeDataString(field.Key)}={Uri.EscapeDataString(field.Value)}")));
            Headers.ContentType = new("application/x-www-form-urlencoded");
        }

        public Task FirstHalfSent => _firstHalfSent.Task;

        public void SendTheRest() => _rest.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = _bytes.Length / 2;
            await stream.WriteAsync(_bytes.AsMemory(0, half));
            await stream.FlushAsync();
            _firstHalfSent.TrySetResult();
            await _rest.Task;
            await stream.WriteAsync(_bytes.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }
}
