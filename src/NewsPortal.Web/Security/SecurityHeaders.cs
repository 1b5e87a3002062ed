namespace NewsPortal.Web.Security;

/// <summary>
/// Headers every response carries, error pages and static files included. They are set as the response starts,
/// because the exception handler clears headers set earlier.
/// </summary>
public static class SecurityHeaders
{
    // No inline script anywhere: the only script element is JSON-LD data, which CSP does not run.
    // Images may come from https sources, since editors link photos in Markdown. Frames only from the two video
    // players a body embeds (VideoLink.EmbedUrl); one policy for every page, as stories show wherever bodies do.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; font-src 'self'; " +
        "connect-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; " +
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
