using Microsoft.Extensions.Options;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Pages;

namespace NewsPortal.Web.Security;

/// <summary>
/// Behind an https public address the newsroom's cookies are Secure only (<see cref="SiteCookies"/>), so a request that
/// reaches the app over plain http can neither be given a form nor send a sign-in back; antiforgery refuses to make a
/// token for it and every newsroom page would fail with a 500. Such a request is answered 403 with the https address
/// instead, and the log says why it came as http: a proxy without TLS, or one whose X-Forwarded-Proto is not believed.
/// </summary>
public static class NewsroomOverHttps
{
    public static IApplicationBuilder UseNewsroomOverHttpsOnly(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var publicUrl = app.ApplicationServices.GetRequiredService<IOptions<NewsroomOptions>>().Value.PublicUrl;
        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var address) || address.Scheme != Uri.UriSchemeHttps)
        {
            return app;
        }

        var origin = address.GetLeftPart(UriPartial.Authority);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(NewsroomOverHttps));
        return app.Use(async (context, next) =>
        {
            if (context.Request.IsHttps || !context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            logger.LogWarning(
                "A newsroom request ({Path}) came over plain http, but Newsroom:PublicUrl is https: serve the site over HTTPS, and list the reverse proxy " +
                "in ForwardedHeaders:KnownProxies so that its X-Forwarded-Proto is believed", context.Request.Path);
            context.Features.Set(new ReaderErrorMessage(
                $"The newsroom opens only over a secure connection: go to {origin}{context.Request.Path}."));
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        });
    }
}
