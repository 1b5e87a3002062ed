using System.Collections.Concurrent;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Data;

namespace NewsPortal.Tests.Security.Fuzzing;

/// <summary>
/// The app for fuzzing: limits raised so that 429s do not hide routes, every write checked for text that is not
/// valid Unicode, and each unhandled exception remembered by the fuzz request that caused it.
/// </summary>
public sealed class FuzzPortalFactory : NewsPortalFactory
{
    public FuzzPortalFactory()
    {
        With("RateLimits:SignInsPerMinute", "100000");
        With("RateLimits:SearchesPerMinute", "100000");
    }

    public StoredTextGuard StoredText { get; } = new();

    public ExceptionRecorder Exceptions { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<NewsPortalDbContext>(options => options.AddInterceptors(StoredText));
            services.AddSingleton<IExceptionHandler>(Exceptions);
        });
    }
}

/// <summary>Runs first in the app's exception handling, notes the exception and leaves the error page to the app.</summary>
public sealed class ExceptionRecorder : IExceptionHandler
{
    private readonly ConcurrentDictionary<string, string> _byCase = new(StringComparer.Ordinal);

    public string For(string caseId) => _byCase.TryGetValue(caseId, out var error) ? error : "(no exception logged)";

    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        var caseId = httpContext.Request.Headers[FuzzClient.CaseHeader].ToString();
        var frame = exception.StackTrace?.Split('\n').FirstOrDefault(line => line.Contains("NewsPortal", StringComparison.Ordinal))?.Trim();
        _byCase[caseId] = $"{exception.GetType().Name}: {FuzzFailure.Shorten(FuzzClient.FirstLine(exception.Message), 120)} {frame}";
        return ValueTask.FromResult(false);
    }
}
