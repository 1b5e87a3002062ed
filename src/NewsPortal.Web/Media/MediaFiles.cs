using Microsoft.Extensions.FileProviders;

namespace NewsPortal.Web.Media;

public static class MediaFiles
{
    // Every stored name ends in one of these (PhotoStore makes them).
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".jpg"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
    };

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
            OnPrepareResponse = context => ForPhotos(context.Context.Response),
        });

        // A sized copy not made yet; once made, it is a file like the photo itself.
        app.MapMethods(PhotoStore.UrlPrefix + "{width:int}/{name}", [HttpMethods.Get, HttpMethods.Head], async (
            int width, string name, SizedPhotos sized, HttpResponse response, CancellationToken cancellationToken) =>
        {
            var file = await sized.FileAsync(width, name, cancellationToken);
            if (file is null)
            {
                return Results.NotFound();
            }

            if (file.Path is null)
            {
                return Results.Redirect(PhotoStore.UrlPrefix + name);
            }

            ForPhotos(response);
            return Results.File(file.Path, ContentTypes[Path.GetExtension(name)], enableRangeProcessing: true);
        });
        return app;
    }

    private static void ForPhotos(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        // A photo's name is never reused for other pixels.
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
    }
}
