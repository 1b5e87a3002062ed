using NewsPortal.Web.Accounts;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Hosting;

/// <summary>The app's commands (<c>users add …</c>, <c>backup --to …</c>, <c>data copy …</c>) and their options.</summary>
internal static class CommandLine
{
    /// <summary>The command the arguments name, or null when the app is to serve the site.</summary>
    public static string? Command(string[] args) =>
        args.Length > 0 && args[0] is UserCommand.Name or BackupCommand.Name or DataCopyCommand.Name ? args[0] : null;

    /// <summary>The value after <paramref name="name"/>, as in <c>--email chief@example.com</c>.</summary>
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
