using Microsoft.Net.Http.Headers;

// The fastest this machine serves a page: the exact bytes of a saved article page, from memory, for any request.
// Benchmark figures are ratios to it, so they mean the same on a fast machine as on a slow or busy one.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

var file = builder.Configuration["file"];
if (string.IsNullOrEmpty(file) || !File.Exists(file))
{
    await Console.Error.WriteLineAsync("Usage: NewsPortal.Bench.Reference --file page.html [--urls http://127.0.0.1:5090]");
    return 2;
}

var page = await File.ReadAllBytesAsync(file);
var contentType = "text/html; charset=utf-8";

var app = builder.Build();
app.Run(async context =>
{
    var response = context.Response;
    response.StatusCode = StatusCodes.Status200OK;
    response.Headers[HeaderNames.ContentType] = contentType;
    response.ContentLength = page.Length;
    await response.BodyWriter.WriteAsync(page, context.RequestAborted);
});
await app.RunAsync();
return 0;
