using Microsoft.Extensions.FileProviders;

namespace NewsPortal.Web.Media;

public static class MediaFiles
{
    /// <summary>Serves uploaded photos under /media, as images only and never sniffed into anything else.</summary>
    public static WebApplication UseMediaFiles(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var store = app.Services.GetRequiredService<PhotoStore>();
        Directory.CreateDirectory(store.Folder);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(store.Folder),
            RequestPath = PhotoStore.UrlPrefix.TrimEnd('/'),
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            },
        });
        return app;
    }
}
