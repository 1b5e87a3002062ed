using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace NewsPortal.CrashTest;

public sealed record CrashRunOptions
{
    /// <summary>The built app, NewsPortal.Web.dll.</summary>
    public required string AppPath { get; init; }

    public int Cycles { get; init; } = 100;

    /// <summary>Editors publishing at the same time.</summary>
    public int Clients { get; init; } = 2;

    /// <summary>How long the app goes on publishing after a cycle's first acknowledged story before it is killed: a random time in this range.</summary>
    public TimeSpan ShortestLife { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan LongestLife { get; init; } = TimeSpan.FromMilliseconds(1500);

    public int Seed { get; init; } = Random.Shared.Next();

    /// <summary>Generous: a start takes a few seconds, but many times that on a machine busy with other work.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>One line per cycle.</summary>
    public TextWriter Progress { get; init; } = TextWriter.Null;
}

public sealed record CrashRunResult(
    CrashRunOptions Options,
    int CyclesTried,
    int Acknowledged,
    int CutOff,
    int Refused,
    IReadOnlyList<string> Lost,
    int IntegrityFailures,
    int FailedRestarts,
    IReadOnlyList<string> Problems,
    TimeSpan Duration,
    string? KeptStoreFolder)
{
    public bool Passed =>
        CyclesTried == Options.Cycles && Acknowledged > 0 && Lost.Count == 0 && IntegrityFailures == 0 && FailedRestarts == 0 && Refused == 0 && Problems.Count == 0;
}

/// <summary>
/// The crash test: editors publish stories through the admin while the app is killed (SIGKILL) at a random moment;
/// the app is started again on the same store, which must hold every story whose publish was acknowledged and pass
/// SQLite's integrity check. Each start after the first also proves the store is accepted after a crash.
/// </summary>
public static class CrashRun
{
    private const string EditorEmail = "crash-test@newsroom.example";
    private static readonly TimeSpan FirstPublishTimeout = TimeSpan.FromSeconds(30);

    public static async Task<CrashRunResult> RunAsync(CrashRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var folder = Directory.CreateTempSubdirectory("newsportal-crash-").FullName;
        var store = Path.Combine(folder, "newsportal.db");
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__NewsPortal"] = $"Data Source={store}",
            ["Media__Folder"] = Path.Combine(folder, "media"),
            // Every cycle signs in again; the sign-in limit is for people.
            ["RateLimits__SignInsPerMinute"] = "100000",
        };
        var tally = new Tally();

        await AddEditorAsync(options.AppPath, environment, password);
        var cyclesTried = 0;
        for (var start = 1; start <= options.Cycles + 1; start++)
        {
            RunningApp app;
            try
            {
                app = await RunningApp.StartAsync(options.AppPath, environment, options.StartTimeout);
            }
            catch (AppDidNotStartException error)
            {
                tally.FailedRestarts++;
                tally.Problems.Add($"After cycle {cyclesTried} the app did not start again: {error.Message}");
                break;
            }

            await using (app)
            {
                var check = start > 1 ? await VerifyAsync(store, tally) : "";
                if (start > options.Cycles)
                {
                    options.Progress.WriteLine($"final start: {check}");
                    await app.TerminateAsync();
                    await app.WaitForExitAsync(TimeSpan.FromSeconds(30));
                    break;
                }

                var life = TimeSpan.FromMilliseconds(random.Next((int)options.ShortestLife.TotalMilliseconds, (int)options.LongestLife.TotalMilliseconds + 1));
                var before = tally.Acknowledged.Count;
                await PublishUntilKilledAsync(app, start, life, options.Clients, password, tally);
                cyclesTried++;
                options.Progress.WriteLine($"cycle {start}/{options.Cycles}: {(start > 1 ? check + "; " : "")}killed after {life.TotalMilliseconds:0} ms, {tally.Acknowledged.Count - before} stories acknowledged ({tally.Acknowledged.Count} in all)");
            }
        }

        var result = new CrashRunResult(options, cyclesTried, tally.Acknowledged.Count, tally.CutOff, tally.Refused, [.. tally.Lost],
            tally.IntegrityFailures, tally.FailedRestarts, [.. tally.Problems], clock.Elapsed, null);
        SqliteConnection.ClearAllPools();
        if (result.Passed)
        {
            Directory.Delete(folder, recursive: true);
            return result;
        }

        return result with { KeptStoreFolder = folder }; // left for a look at what went wrong
    }

    private static async Task PublishUntilKilledAsync(RunningApp app, int cycle, TimeSpan life, int clients, string password, Tally tally)
    {
        var editors = Enumerable.Range(0, clients).Select(_ => new NewsroomClient(app.Address)).ToList();
        try
        {
            try
            {
                await Task.WhenAll(editors.Select(editor => editor.SignInAsync(EditorEmail, password)));
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                tally.Problem($"Cycle {cycle}: signing in failed: {error.Message}");
                await app.KillAsync();
                return;
            }

            using var killed = new CancellationTokenSource();
            var firstAcknowledged = tally.NextAcknowledgement();
            var publishing = editors.Select((editor, index) => PublishAsync(editor, $"Crash test cycle {cycle} editor {index + 1}", tally, killed.Token)).ToList();
            // The clock starts at the first acknowledged publish, so that a slow first request on a busy machine
            // cannot leave a cycle with nothing to lose.
            if (await Task.WhenAny(firstAcknowledged, Task.Delay(FirstPublishTimeout)) != firstAcknowledged)
            {
                tally.Problem($"Cycle {cycle}: no publish was acknowledged within {FirstPublishTimeout.TotalSeconds:0} s.");
            }

            await Task.Delay(life);
            // Marked first, so a publish cut off by the kill is told from one that failed on its own.
            await killed.CancelAsync();
            await app.KillAsync();
            await Task.WhenAll(publishing);
        }
        finally
        {
            editors.ForEach(editor => editor.Dispose());
        }
    }

    /// <summary>Publishes one story after another until the app is killed.</summary>
    private static async Task PublishAsync(NewsroomClient editor, string byline, Tally tally, CancellationToken killed)
    {
        for (var story = 1; !killed.IsCancellationRequested; story++)
        {
            var headline = $"{byline} story {story}";
            try
            {
                // Not cancelled with the token: only the kill may cut a publish short.
                var answer = await editor.PublishAsync(headline);
                tally.Count(headline, answer);
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
            {
                if (killed.IsCancellationRequested)
                {
                    tally.CountCutOff();
                }
                else
                {
                    tally.Problem($"Publishing \"{headline}\" failed before the kill: {error.Message}");
                }

                return;
            }
        }
    }

    private static async Task<string> VerifyAsync(string store, Tally tally)
    {
        var findings = await StoreInspection.InspectAsync(store);
        var lost = tally.Acknowledged.Where(headline => !findings.PublishedHeadlines.Contains(headline)).ToList();
        tally.Lost.UnionWith(lost);
        if (!findings.IntegrityOk)
        {
            tally.IntegrityFailures++;
            tally.Problem($"integrity_check: {findings.IntegrityCheck}");
        }

        return $"restarted, {lost.Count} of {tally.Acknowledged.Count} acknowledged stories missing, integrity {findings.IntegrityCheck}";
    }

    /// <summary>The editor is made with the app's own <c>users add</c> command, which also creates and seeds the store.</summary>
    private static async Task AddEditorAsync(string appPath, Dictionary<string, string> environment, string password)
    {
        var start = new ProcessStartInfo("dotnet", [appPath, "users", "add", "--email", EditorEmail, "--role", "Editor"])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(appPath))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Store__CreateIfMissing"] = "true"; // this first start only
        start.Environment["NEWSPORTAL_PASSWORD"] = password;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"users add exited with code {process.ExitCode}: {await errors}{await output}");
        }
    }

    private sealed class Tally
    {
        private const int ProblemsKept = 20;
        private readonly Lock _lock = new();

        public List<string> Acknowledged { get; } = [];
        public HashSet<string> Lost { get; } = new(StringComparer.Ordinal);
        public List<string> Problems { get; } = [];
        public int CutOff { get; private set; }
        public int Refused { get; private set; }
        public int IntegrityFailures { get; set; }
        public int FailedRestarts { get; set; }

        private TaskCompletionSource _nextAcknowledgement = new();

        public Task NextAcknowledgement()
        {
            lock (_lock)
            {
                _nextAcknowledgement = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return _nextAcknowledgement.Task;
            }
        }

        public void Count(string headline, PublishAnswer answer)
        {
            lock (_lock)
            {
                if (answer.Acknowledged)
                {
                    Acknowledged.Add(headline);
                    _nextAcknowledgement.TrySetResult();
                    return;
                }

                Refused++;
                Keep($"Publishing \"{headline}\" was answered with {answer.Status}, not the redirect to its editor page.");
            }
        }

        public void CountCutOff()
        {
            lock (_lock)
            {
                CutOff++;
            }
        }

        public void Problem(string problem)
        {
            lock (_lock)
            {
                Keep(problem);
            }
        }

        // A publish that keeps failing would otherwise repeat its problem hundreds of times in a cycle.
        private void Keep(string problem)
        {
            if (Problems.Count < ProblemsKept)
            {
                Problems.Add(problem);
            }
        }
    }
}
