using System.Text;
using Microsoft.AspNetCore.Identity;
using NewsPortal.Web.Hosting;

namespace NewsPortal.Web.Accounts;

/// <summary>
/// <c>users add --email EMAIL --role ROLE</c>: creates a newsroom user from the command line, the only way to make
/// the first admin. <c>users password --email EMAIL</c>: gives a user a new password, the way back in for an admin
/// who has forgotten theirs. The password comes from NEWSPORTAL_PASSWORD or, failing that, the first line of standard
/// input, so it never appears in the shell history or the process list.
/// </summary>
public static class UserCommand
{
    public const string Name = "users";
    public const string PasswordVariable = "NEWSPORTAL_PASSWORD";

    public const string Usage =
        "users add --email EMAIL [--role Author|Editor|Admin]  |  users password --email EMAIL  (password from NEWSPORTAL_PASSWORD or standard input)";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var email = CommandLine.Option(args, "--email");
        var role = CommandLine.Option(args, "--role") ?? Roles.Author;
        var verb = args.Length < 2 ? null : args[1];
        if (verb is not ("add" or "password") || string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (Console.IsInputRedirected)
            {
                password = (await Console.In.ReadLineAsync())?.TrimEnd('\r') ?? "";
            }
            else
            {
                // The prompt is for the person at the terminal, not part of the result a script may read from standard output.
                await Console.Error.WriteAsync($"Password for {email}: ");
                password = ReadUnshown();
            }
        }

        await CommandLine.PrepareStoreAsync(app);

        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<NewsroomAccounts>();
        return verb == "add" ? await AddAsync(accounts, email, role, password) : await SetPasswordAsync(scope.ServiceProvider, accounts, email, password);
    }

    /// <summary>
    /// A line typed at the terminal, not echoed: a password shown as it is typed stays on the screen and in the
    /// terminal's scrollback for whoever looks next.
    /// </summary>
    private static string ReadUnshown()
    {
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }

    private static async Task<int> AddAsync(NewsroomAccounts accounts, string email, string role, string password)
    {
        var problems = await accounts.AddAsync(email, role, password);
        if (problems.Count > 0)
        {
            await Console.Error.WriteLineAsync($"The user was not added: {string.Join(" ", problems)}");
            return 1;
        }

        await Console.Out.WriteLineAsync($"Added {email} as {role}. Sign in at /admin/sign-in.");
        return 0;
    }

    private static async Task<int> SetPasswordAsync(IServiceProvider services, NewsroomAccounts accounts, string email, string password)
    {
        if (await services.GetRequiredService<UserManager<NewsroomUser>>().FindByEmailAsync(email.Trim()) is not { } user)
        {
            await Console.Error.WriteLineAsync($"There is no user {email}; add one with: users add --email {email} --role Admin");
            return 1;
        }

        var problems = await accounts.SetPasswordAsync(user, password);
        if (problems.Count > 0)
        {
            await Console.Error.WriteLineAsync($"The password was not changed: {string.Join(" ", problems)}");
            return 1;
        }

        await Console.Out.WriteLineAsync($"{user.Email} has a new password; their sessions have ended. Sign in at /admin/sign-in.");
        return 0;
    }
}
