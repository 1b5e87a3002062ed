using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsPortal.Web.Hosting;

/// <summary>
/// Keeps one logger per category. Serilog's logger factory makes a new logger, with its own caches, on every
/// CreateLogger, and the authentication handler, made afresh for every request, asks for one each time: that was
/// about a sixth of what a page served from the reader cache allocated, and so of its garbage collections.
/// Microsoft's own factory keeps its loggers the same way.
/// </summary>
internal sealed class CategoryLoggers(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    /// <summary>Puts the cache in front of the ILoggerFactory registered so far (Serilog's).</summary>
    public static IServiceCollection AddTo(IServiceCollection services)
    {
        var registered = services.Last(service => service.ServiceType == typeof(ILoggerFactory));
        return services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new CategoryLoggers(Create(registered, provider))));
    }

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, inner.CreateLogger);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private static ILoggerFactory Create(ServiceDescriptor registered, IServiceProvider provider) =>
        (ILoggerFactory)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));
}
