using NewsPortal.Web.Feeds;
using NewsPortal.Web.Media;
using NewsPortal.Web.Security;
using Serilog;

namespace NewsPortal.Web.Hosting;

public static class NewsPortalPipeline
{
    public static WebApplication UseNewsPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseSerilogRequestLogging();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapStaticAssets();
        app.UseMediaFiles();
        app.MapNewsPortalApi();
        app.MapNewsPortalFeeds();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health");

        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("NewsPortal is ready: open {Addresses}", string.Join(" or ", app.Urls)));
        return app;
    }
}
