using Microsoft.AspNetCore.Connections;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Data;
using NewsPortal.Web.Hosting;

var builder = WebApplication.CreateBuilder(UserCommand.HostArguments(args));
builder.AddNewsPortal();

var app = builder.Build();
app.UseNewsPortal();

try
{
    if (UserCommand.IsUserCommand(args))
    {
        return await UserCommand.RunAsync(app, args);
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
catch (IOException error) when (error.InnerException is AddressInUseException)
{
    await Console.Error.WriteLineAsync($"{error.Message} Stop what is using it, or choose another address with --urls http://localhost:PORT.");
    return 1;
}

public partial class Program;
