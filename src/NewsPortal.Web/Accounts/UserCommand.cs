
using NewsPortal.Web.Hosting;

namespace NewsPortal.Web.Accounts;

/// <summary>
/// <c>users add --email EMAIL --role ROLE</c>: creates a newsroom user from the command line, the only way to make
/// the first admin. The password comes from NEWSPORTAL_PASSWORD or, failing that, the first line of standard input,
/// so it never appears in the shell history or the process list.
/// </summary>
public static class UserCommand
{
    public const string Name = "users";
    public const string PasswordVariable = "NEWSPORTAL_PASSWORD";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var email = CommandLine.Option(args, "--email");
        var role = CommandLine.Option(args, "--role") ?? Roles.Author;
        if (args.Length < 2 || args[1] != "add" || string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: users add --email EMAIL [--role Author|Editor|Admin]  (password from NEWSPORTAL_PASSWORD or standard input)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (!Console.IsInputRedirected)
            {
                await Console.Out.WriteAsync($"Password for {email}: ");
            }

            password = (await Console.In.ReadLineAsync())?.TrimEnd('\r') ?? "";
        }

        // Start the store (migrations) without serving requests.
        foreach (var hosted in app.Services.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await hosted.StartingAsync(CancellationToken.None);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>().AddAsync(email, role, password);
        if (problems.Count > 0)
        {
            await Console.Error.WriteLineAsync($"The user was not added: {string.Join(" ", problems)}");
            return 1;
        }

        await Console.Out.WriteLineAsync($"Added {email} as {role}. Sign in at /admin/sign-in.");
        return 0;
    }
}
