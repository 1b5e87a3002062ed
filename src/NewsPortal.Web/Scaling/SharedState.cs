using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsPortal.Web.Caching;
using NewsPortal.Web.Security;
using StackExchange.Redis;

namespace NewsPortal.Web.Scaling;

/// <summary>
/// With Redis:Connection set, what several instances behind one address must agree on lives in Redis: the reader cache
/// (so a save on one instance evicts pages on all), the Data Protection keys (so a sign-in cookie or a form's
/// antiforgery token made by one instance is good on another) and the per-address rate limits. Without it, nothing
/// changes: each instance keeps all three to itself.
/// </summary>
public static class SharedState
{
    /// <summary>The same on every instance: Data Protection only shares keys between apps of one name.</summary>
    public const string ApplicationName = "NewsPortal";

    public const string DataProtectionKey = "data-protection-keys";

    public static IServiceCollection AddSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();
        return settings.IsConfigured ? AddRedisState(services, settings) : services;
    }

    // A method of its own, so that a site without Redis never loads the Redis assemblies: the JIT loads every type a
    // method names when it compiles the method, whichever branch runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IServiceCollection AddRedisState(IServiceCollection services, RedisOptions settings)
    {
        Validator.ValidateObject(settings, new ValidationContext(settings), validateAllProperties: true);
        services.AddSingleton(settings);
        services.AddSingleton(_ => RedisConnection.Open(settings));
        // First of the hosted services: the store's preparation evicts the reader cache, which is in Redis.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, RedisStartupCheck>());

        // AddOutputCache adds its in-memory store only if no store is registered; removing it makes this hold whether
        // the reader cache was added before or after.
        services.RemoveAll<IOutputCacheStore>();
        services.AddStackExchangeRedisOutputCache(_ => { });
        var redisStore = services.Single(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Replace(ServiceDescriptor.Singleton<IOutputCacheStore>(provider => new RedisReaderCacheStore(
            (IOutputCacheBufferStore)(redisStore.ImplementationFactory?.Invoke(provider) ?? ActivatorUtilities.CreateInstance(provider, redisStore.ImplementationType!)),
            provider.GetRequiredService<IConnectionMultiplexer>(), provider.GetRequiredService<ReaderCacheChanges>(), settings.InstanceName)));
        services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            options.InstanceName = settings.InstanceName;
            options.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>());
        });

        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, provider) =>
            options.XmlRepository = new RedisXmlRepository(
                () => provider.GetRequiredService<IConnectionMultiplexer>().GetDatabase(), settings.InstanceName + DataProtectionKey));

        services.Replace(ServiceDescriptor.Singleton<IRateLimitWindows, RedisRateLimitWindows>());
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return services;
    }
}
