using Microsoft.AspNetCore.Connections;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Hosting;
using NewsPortal.Web.Scaling;

if (CommandLine.AsksForHelp(args))
{
    await Console.Out.WriteLineAsync(CommandLine.Help);
    return 0;
}

try
{
    var command = CommandLine.Command(args);
    var builder = WebApplication.CreateBuilder(command is null ? args : CommandLine.Settings(args));
    // The site's log stays on standard output, where containers and service managers read it.
    if (command is not null)
    {
        CommandLine.LogToStandardError(builder.Configuration);
    }

    builder.AddNewsPortal();

    // Disposing the app closes the logger, so the last lines (the shutdown, a command's failure) reach the console.
    await using var app = builder.Build();
    app.UseNewsPortal();

    if (command is not null)
    {
        return command switch
        {
            BackupCommand.Name => await BackupCommand.RunAsync(app, args),
            DataCopyCommand.Name => await DataCopyCommand.RunAsync(app, args),
            StoriesCommand.Name => await StoriesCommand.RunAsync(app, args),
            StoreCommand.Name => await StoreCommand.RunAsync(app, args),
            _ => await UserCommand.RunAsync(app, args),
        };
    }

    await app.RunAsync();
    return 0;
}
catch (StoreStartupException error)
{
    // The operator gets one clear sentence, not a stack trace.
    await Console.Error.WriteLineAsync(error.Message);
    return 1;
}
catch (SharedStateStartupException error)
{
    await Console.Error.WriteLineAsync(error.Message);
    return 1;
}
catch (Exception error) when (UnusableSetting.Describe(error) is { } problem)
{
    await Console.Error.WriteLineAsync($"A setting is not valid, so the app did not start: {problem}");
    return 1;
}
catch (IOException error) when (error.InnerException is AddressInUseException)
{
    await Console.Error.WriteLineAsync($"{error.Message} Stop what is using it, or choose another address with --urls http://localhost:PORT.");
    return 1;
}

public partial class Program;
