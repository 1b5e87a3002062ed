using System.Diagnostics;

namespace NewsPortal.Tests.Support;

/// <summary>Runs the built app as its own process, as an operator would start it.</summary>
public static class AppProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static Task<Outcome> RunUntilExitAsync(TimeSpan timeout, params (string Name, string Value)[] environment) =>
        RunUntilExitAsync(timeout, [], null, environment);

    public static async Task<Outcome> RunUntilExitAsync(TimeSpan timeout, string[] arguments, string? standardInput, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll"), .. arguments])
        {
            WorkingDirectory = AppContext.BaseDirectory,
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

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(standardInput ?? "");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The app did not exit within {timeout}.");
        }

        return new Outcome(process.ExitCode, await output, await error);
    }
}
