using NewsPortal.Web.Caching;
using NewsPortal.Web.Api;

// In the Hosting namespace, beside AddNewsPortal/UseNewsPortal, so that wiring the API in takes one call each and no using.
namespace NewsPortal.Web.Hosting;

/// <summary>The read-only JSON API under /api, and its OpenAPI document at /openapi/v1.json.</summary>
public static class NewsPortalApi
{
    public static IServiceCollection AddNewsPortalApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NewsPortal read API";
            document.Info.Description = "Published stories and tags. Every answer carries an ETag; send it back in If-None-Match to get 304.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapNewsPortalApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi();

        var api = app.MapGroup("/api")
            .CacheOutput(ReaderCache.ApiPolicy)
            .AddEndpointFilter(Revalidation.FilterAsync)
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
        api.MapStories();
        api.MapTags();

        // Without this, a mistyped API address would get the site's HTML error page.
        api.MapFallback("{**path}", ApiProblems.NoSuchAddress).ExcludeFromDescription();
        return app;
    }
}
