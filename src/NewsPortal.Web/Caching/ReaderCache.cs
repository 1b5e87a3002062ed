using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace NewsPortal.Web.Caching;

/// <summary>
/// Readers' pages, feeds and API answers are kept in the output cache until a story changes: every save that
/// touches what readers see empties it (<see cref="ReaderCacheEviction"/>), and so does a scheduled story going live
/// (<see cref="GoLiveWatch"/>). Signed-in requests are neither served from it nor stored in it.
/// </summary>
public static class ReaderCache
{
    /// <summary>
    /// Each policy names the query keys its pages read; any other key neither changes a page nor gets its own copy, so
    /// a story asked for with made-up queries (<c>?x=1</c>, <c>?x=2</c> …) is still served from its one copy.
    /// </summary>
    public const string Policy = "Reader";
    public const string ListPolicy = "ReaderList";
    public const string SearchPolicy = "ReaderSearch";
    public const string ApiPolicy = "ReaderApi";
    public const string Tag = "stories";

    public static IServiceCollection AddReaderCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReaderCacheOptions>().BindConfiguration(ReaderCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(ReaderCacheOptions.Section).Get<ReaderCacheOptions>() ?? new ReaderCacheOptions();
        services.AddSingleton<ReaderCacheChanges>();
        services.AddSingleton<StoryEviction>();
        services.AddSingleton<GoLiveWatch>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, ReaderCacheEviction>();
        services.AddOutputCache(options =>
        {
            options.SizeLimit = settings.SizeLimitMegabytes * 1024L * 1024L;
            // "/tags/Umerov" is not "/tags/umerov": it redirects there, and must not be answered with its copy.
            options.UseCaseSensitivePaths = true;
            void AddReaderPolicy(string name, params string[] queryKeys) => options.AddPolicy(name, policy => policy
                .Expire(TimeSpan.FromMinutes(settings.ExpireMinutes))
                .SetVaryByQuery(queryKeys)
                .SetVaryByHeader(HeaderNames.AcceptEncoding)
                .Tag(Tag)
                .AddPolicy<GoLivePolicy>()
                .AddPolicy<BuiltUnchangedPolicy>());

            AddReaderPolicy(Policy);
            AddReaderPolicy(ListPolicy, "before", "after");
            AddReaderPolicy(SearchPolicy, "q", "before", "after");
            AddReaderPolicy(ApiPolicy, "page", "pageSize", "tag", "section");
        });

        services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here because only reader responses are compressed: they carry no secret (see UseReaderCache).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/rss+xml", "application/atom+xml", "application/problem+json", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Compression for everything outside the newsroom: admin pages carry antiforgery tokens, and compressing secrets
    /// beside text an attacker can choose is how BREACH reads them.
    /// </summary>
    public static IApplicationBuilder UseReaderCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseResponseCompression());

    /// <summary>After authentication, so that signed-in requests are recognised and passed by.</summary>
    public static IApplicationBuilder UseReaderCache(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReaderCacheOptions>>().Value;
        if (!settings.Enabled)
        {
            return app;
        }

        // The cache dates its copies by the system clock, whatever clock the app is given.
        var clock = TimeProvider.System;
        app.Use((context, next) =>
        {
            // The cache answers 304 to any If-Modified-Since not before its copy, a date in 2099 included: a client
            // sending one would never see a change. A date still to come is no date (RFC 9110, 13.1.3).
            var modifiedSince = context.Request.Headers.IfModifiedSince;
            if (modifiedSince.Count > 0
                && !(modifiedSince.Count == 1 && HeaderUtilities.TryParseDate(modifiedSince.ToString(), out var date) && date <= clock.GetUtcNow()))
            {
                context.Request.Headers.Remove(HeaderNames.IfModifiedSince);
            }

            return next(context);
        });
        return app.UseOutputCache();
    }
}
