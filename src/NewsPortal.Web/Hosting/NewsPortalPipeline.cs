using NewsPortal.Web.Media;
using Serilog;

namespace NewsPortal.Web.Hosting;

public static class NewsPortalPipeline
{
    public static WebApplication UseNewsPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseSerilogRequestLogging();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapStaticAssets();
        app.UseMediaFiles();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health");

        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("NewsPortal is ready: open {Addresses}", string.Join(" or ", app.Urls)));
        return app;
    }
}
