using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Import;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Tags;
using Serilog;

namespace NewsPortal.Web.Hosting;

public static class NewsPortalServices
{
    public static WebApplicationBuilder AddNewsPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext());

        services.AddOptions<NewsroomOptions>().BindConfiguration(NewsroomOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<NewsroomOptions>, NewsroomOptionsValidation>();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NewsroomClock>();
        services.AddSingleton<SiteAddress>();
        services.AddSingleton<BodyRenderer>();

        var connectionString = StoreConnection.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddSingleton<SqlitePragmas>();
        services.AddDbContextPool<NewsPortalDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(provider.GetRequiredService<SqlitePragmas>()));
        services.AddHostedService<StorePreparation>();

        services.AddScoped<ArticleQueries>();
        services.AddScoped<TagQueries>();
        services.AddScoped<WireImporter>();

        services.AddRazorPages();
        services.AddHealthChecks().AddDbContextCheck<NewsPortalDbContext>("store");
        return builder;
    }
}
