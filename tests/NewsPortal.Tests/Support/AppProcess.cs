using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NewsPortal.Tests.Support;

/// <summary>Runs the built app as its own process, as an operator would start it.</summary>
public static partial class AppProcess
{
    public sealed partial record Outcome(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>
        /// What the app wrote to standard error itself, trimmed: a command's log lines go there too, and they come
        /// from a background writer, before or after the app's own message.
        /// </summary>
        public string StandardErrorWithoutLogLines =>
            string.Join('\n', StandardError.Split('\n').Where(line => !LogLine().IsMatch(line))).Trim();

        // The start of every line of appsettings.json's Console outputTemplate: "[19:26:10 WRN] ".
        [GeneratedRegex(@"^\[\d\d:\d\d:\d\d [A-Z]{3}\] ")]
        private static partial Regex LogLine();
    }

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
        AsOperator(start, environment);

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

    /// <summary>
    /// Runs the app at a terminal of its own (util-linux's <c>script</c> gives it one), as an operator types at it:
    /// <paramref name="typed"/> and Enter are typed once <paramref name="prompt"/> shows. The app's standard output
    /// goes to <paramref name="standardOutputFile"/>, as a script would keep a command's result; everything the
    /// terminal shows, the app's error output and the echo of what is typed included, comes back as standard output.
    /// </summary>
    public static async Task<Outcome> RunAtTerminalAsync(TimeSpan timeout, string[] arguments, string prompt, string typed, string standardOutputFile,
        params (string Name, string Value)[] environment)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "NewsPortal.Web.dll") }.Concat(arguments).Select(Quoted))
            + " > " + Quoted(standardOutputFile);
        var start = new ProcessStartInfo("script", ["--quiet", "--return", "--command", command, "/dev/null"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        AsOperator(start, environment);

        using var process = Process.Start(start)!;
        using var cancellation = new CancellationTokenSource(timeout);
        var shown = new System.Text.StringBuilder();
        var buffer = new char[256];
        try
        {
            while (!shown.ToString().Contains(prompt, StringComparison.Ordinal))
            {
                var read = await process.StandardOutput.ReadAsync(buffer, cancellation.Token);
                if (read == 0)
                {
                    break;
                }

                shown.Append(buffer, 0, read);
            }

            // A person's first key comes well after the prompt; keys typed before the app reads them are the terminal's to echo.
            await Task.Delay(TimeSpan.FromSeconds(1), cancellation.Token);
            await process.StandardInput.WriteAsync(typed + "\r");
            await process.StandardInput.FlushAsync(cancellation.Token);
            shown.Append(await process.StandardOutput.ReadToEndAsync(cancellation.Token));
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The app did not exit within {timeout}; the terminal showed: {shown}");
        }

        return new Outcome(process.ExitCode, shown.ToString(), "");
    }

    private static string Quoted(string part) => "'" + part.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // Production on a port of its own choosing, with the settings the test gives.
    private static void AsOperator(ProcessStartInfo start, (string Name, string Value)[] environment)
    {
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
    }
}
