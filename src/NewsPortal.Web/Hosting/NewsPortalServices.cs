using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyModel;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Audit;
using NewsPortal.Web.Caching;
using NewsPortal.Web.Data;
using NewsPortal.Web.Feeds;
using NewsPortal.Web.Import;
using NewsPortal.Web.Media;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Pages;
using NewsPortal.Web.Scaling;
using NewsPortal.Web.Security;
using NewsPortal.Web.Sections;
using NewsPortal.Web.Tags;
using Serilog;
using Serilog.Settings.Configuration;

namespace NewsPortal.Web.Hosting;

public static class NewsPortalServices
{
    private static readonly TimeSpan MaxShutdownTimeout = TimeSpan.FromMinutes(10);

    public static WebApplicationBuilder AddNewsPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // Outside Development, a plain build (as opposed to a publish) finds its stylesheets, and their compressed
        // copies, only through the static web assets manifest; a published app has no manifest and is unaffected.
        builder.WebHost.UseStaticWebAssets();

        services.AddSerilog((provider, logger) => logger
            // Sinks are looked for in the libraries the app was built with (its .deps.json): by default Serilog also
            // opened every library file beside the app to read its name, which kept a metadata reader loaded for nothing.
            .ReadFrom.Configuration(builder.Configuration, new ConfigurationReaderOptions(DependencyContext.Load(typeof(NewsPortalServices).Assembly)))
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            // Program prints these, and an address already in use, as one sentence for the operator; the host's "failed to
            // start" would add a stack trace.
            .Filter.ByExcluding(entry => entry.Exception is StoreStartupException or SharedStateStartupException or OptionsValidationException
                or IOException { InnerException: AddressInUseException }),
            // The app logs through its own logger, never the static one: with several hosts in one process (the tests)
            // each would write to whichever set it last, and the first to stop would silence the others.
            preserveStaticLogger: true);
        CategoryLoggers.AddTo(services);
        // On SIGTERM, requests in flight get up to Host:ShutdownTimeout to finish before the process stops. A number
        // alone is read as days ("30" is a month), so a wait past any reverse proxy's patience is refused at start.
        services.AddOptions<HostOptions>().Bind(builder.Configuration.GetSection("Host"))
            .Validate(host => host.ShutdownTimeout <= MaxShutdownTimeout,
                $"Host:ShutdownTimeout is longer than {MaxShutdownTimeout.TotalMinutes:0} minutes; write it as hours:minutes:seconds (00:00:30 is 30 seconds, 30 alone is 30 days).")
            .ValidateOnStart();

        services.AddOptions<NewsroomOptions>().BindConfiguration(NewsroomOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<NewsroomOptions>, NewsroomOptionsValidation>();
        services.AddSingleton(provider => new HeadlineOrder(provider.GetRequiredService<IOptions<NewsroomOptions>>().Value.Language));
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NewsroomClock>();
        services.AddSingleton<SiteAddress>();
        services.AddSingleton<BodyRenderer>();

        services.AddNewsPortalStore(builder.Configuration, builder.Environment);

        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PhotoStore>();
        services.AddSingleton<SizedPhotos>();
        services.AddSingleton<PhotoUploadLimit>();
        services.AddSingleton<UnusedPhotos>();
        services.AddHostedService(provider => provider.GetRequiredService<UnusedPhotos>());
        services.AddHttpContextAccessor();
        services.AddNewsroomAccounts();
        services.AddScoped<AuditLog>();
        services.AddScoped<ArticleEditor>();
        services.AddSingleton<StoredBodies>();
        services.AddSingleton<ScheduledPublishing>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledPublishing>());
        services.AddScoped<NewsroomQueries>();

        services.AddSingleton<StoryQueries>();
        services.AddSingleton<StoryLists>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<TagQueries>();
        services.AddScoped<SectionQueries>();
        services.AddScoped<WireImporter>();
        services.AddNewsPortalFeeds();
        services.AddNewsPortalApi();

        services.AddReaderCache(builder.Configuration);
        services.AddSharedState(builder.Configuration);
        builder.AddNewsPortalRequestLimits();
        services.AddNewsPortalRateLimits(builder.Configuration);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddAntiforgery(options => options.Cookie.SameSite = SameSiteMode.Strict);
        services.AddSiteCookies();

        // Letters of every script go out as themselves: by default Razor writes all but Latin as character
        // references, which triples the bytes of a Cyrillic page. Markup characters are still encoded.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", Policies.Write);
            options.Conventions.AllowAnonymousToPage("/Admin/SignIn");
            options.Conventions.AuthorizeFolder("/Admin/Users", Policies.ManageUsers);
            options.Conventions.AuthorizePage("/Admin/Audit", Policies.ManageUsers);
            options.Conventions.ConfigureFilter(new UnansweredRequests());
        })
            .AddMvcOptions(options =>
            {
                // What a form requires is said with [Required]; an empty body is a fine thing for a draft to have.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                // The framework's own "The value 'x' is not valid for ScheduleAt." names a property, not the field: the
                // field is named as its label says ([Display]), in a sentence that reads for any field.
                options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) =>
                    $"The {field} field cannot take \"{value}\": correct it and send the form again.");
                // Just ahead of the framework's binder of plain values, which it wraps: after those that bind a string from the body, a header or the services.
                options.ModelBinderProviders.Insert(
                    options.ModelBinderProviders.TakeWhile(provider => provider is not SimpleTypeModelBinderProvider).Count(), new TypedTextBinderProvider());
            })
            // The site has pages only. Looking for controllers and view components loaded every type of the app, and
            // with them libraries it may never use (SkiaSharp, the HTTP client), only to find none.
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var provider in parts.FeatureProviders.Where(p => p is ControllerFeatureProvider or ViewComponentFeatureProvider).ToList())
                {
                    parts.FeatureProviders.Remove(provider);
                }
            });
        services.AddHealthChecks().AddDbContextCheck<NewsPortalDbContext>("store");
        return builder;
    }
}
