using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NewsPortal.CrashTest;

/// <summary>
/// The built app started as its own process, as an operator starts it (Production), on a port the system chooses.
/// Its console output is kept, and its address is read from the line it prints once it serves requests.
/// </summary>
public sealed partial class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly TaskCompletionSource<Uri> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningApp(Process process) => _process = process;

    public Uri Address => _ready.Task.IsCompletedSuccessfully ? _ready.Task.Result : throw new InvalidOperationException("The app is not ready.");

    public int ProcessId => _process.Id;

    /// <summary>Standard output (the Serilog console) so far, line by line.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    public string Errors => string.Join(Environment.NewLine, _errors);

    /// <summary>Starts <paramref name="appPath"/> (NewsPortal.Web.dll) and waits until it says it is ready.</summary>
    public static async Task<RunningApp> StartAsync(string appPath, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var app = Launch(appPath, environment);
        await app.WaitUntilReadyAsync(timeout);
        return app;
    }

    /// <summary>Starts <paramref name="appPath"/> (NewsPortal.Web.dll) without waiting for it to be ready.</summary>
    public static RunningApp Launch(string appPath, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet", [appPath])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(appPath))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new RunningApp(process);
        process.OutputDataReceived += (_, line) => app.OnOutput(line.Data);
        process.ErrorDataReceived += (_, line) => app.OnError(line.Data);
        process.Exited += (_, _) => app._ready.TrySetCanceled();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until the app says it is ready; if it exits or is not ready in time, ends it and says why.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout);
        }
        catch (OperationCanceledException)
        {
            await _process.WaitForExitAsync(); // and for the last lines of its output
            var exitCode = _process.ExitCode;
            await DisposeAsync();
            throw new AppDidNotStartException($"The app exited with code {exitCode} before it was ready: {Errors}");
        }
        catch (TimeoutException)
        {
            await DisposeAsync();
            throw new AppDidNotStartException($"The app was not ready within {timeout}; its last lines: {string.Join(" | ", Output.TakeLast(5))} {Errors}");
        }
    }

    /// <summary>SIGKILL: the process ends at once, as in a crash; nothing of it runs again.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a service manager or container runtime stops the app.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end and returns its exit code; kills it after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The app did not exit within {timeout}.");
        }

        return _process.ExitCode;
    }

    /// <summary>Waits until a line of standard output contains <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!_output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"The app did not print \"{text}\" within {timeout}.");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (ReadyLine().Match(line) is { Success: true } ready)
        {
            _ready.TrySetResult(new Uri(ready.Groups["address"].Value));
        }
    }

    private void OnError(string? line)
    {
        if (line is not null)
        {
            _errors.Enqueue(line);
        }
    }

    [GeneratedRegex(@"NewsPortal is ready: open (?<address>http\S+)")]
    private static partial Regex ReadyLine();
}

/// <summary>The app stopped, or never became ready, when it was started.</summary>
public sealed class AppDidNotStartException(string message) : Exception(message);
