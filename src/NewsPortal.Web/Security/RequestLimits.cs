using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using NewsPortal.Web.Pages;

namespace NewsPortal.Web.Security;

/// <summary>The "RequestLimits" configuration section.</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "RequestLimits";

    /// <summary>The largest request body accepted: room for a photo and a long story, and no more.</summary>
    [Range(64 * 1024, 1024L * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>
/// A request body over the limit is refused before anything reads it, with 413 and a page that says so: an
/// oversized save never reaches the editor, so it can never blank a stored story.
/// </summary>
public static class RequestLimits
{
    public const int MaxFormValueBytes = 1024 * 1024;

    public static WebApplicationBuilder AddNewsPortalRequestLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limits = builder.Configuration.GetSection(RequestLimitOptions.Section).Get<RequestLimitOptions>() ?? new RequestLimitOptions();
        Validator.ValidateObject(limits, new ValidationContext(limits), validateAllProperties: true);
        builder.Services.AddSingleton(limits);
        // Bodies sent without a length are cut off by the server at the same size.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBytes);
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = limits.MaxRequestBytes;
            // The longest field is a story body: 200,000 characters of up to four bytes each fit; a longer value is
            // refused by the form reader and the form comes back with a message.
            form.ValueLengthLimit = MaxFormValueBytes;
        });
        return builder;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.ApplicationServices.GetRequiredService<RequestLimitOptions>();
        return app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limits.MaxRequestBytes)
            {
                // Shown as a GET of the status page, so that nothing downstream tries to read the body.
                context.Features.Set(new ReaderErrorMessage(
                    $"What was sent is larger than this site accepts ({limits.MaxRequestBytes / (1024 * 1024)} MB at most). Nothing was saved."));
                context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
                {
                    OriginalPath = context.Request.Path.Value ?? "",
                    OriginalPathBase = context.Request.PathBase.Value ?? "",
                    OriginalQueryString = context.Request.QueryString.Value,
                });
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Request.Method = HttpMethods.Get;
                context.Request.Path = "/status/413";
                context.Request.QueryString = QueryString.Empty;
            }

            await next(context);
        });
    }
}
