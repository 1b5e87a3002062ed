using NewsPortal.Web.Data;
using NewsPortal.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddNewsPortal();

var app = builder.Build();
app.UseNewsPortal();

try
{
    await app.RunAsync();
    return 0;
}
catch (StoreStartupException error)
{
    // The operator gets one clear sentence, not a stack trace.
    await Console.Error.WriteLineAsync(error.Message);
    return 1;
}

public partial class Program;
