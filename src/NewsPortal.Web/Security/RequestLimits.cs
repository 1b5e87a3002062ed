using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Media;
using NewsPortal.Web.Pages;

namespace NewsPortal.Web.Security;

/// <summary>The "RequestLimits" configuration section.</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "RequestLimits";

    /// <summary>The largest request body accepted: room for a photo and a long story, and no more.</summary>
    [Range(64 * 1024, 1024L * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// The largest story form a signed-in person may send, photo and all: room for a photo straight off a camera, so
    /// that one over Media:MaxPhotoBytes comes back as a message on the form with the story's text kept, rather
    /// than as an error page. Never less than <see cref="MaxRequestBytes"/>.
    /// </summary>
    [Range(64 * 1024, 1024L * 1024 * 1024)]
    public long MaxStoryFormBytes { get; set; } = 50 * 1024 * 1024;

    public long StoryFormLimit => Math.Max(MaxRequestBytes, MaxStoryFormBytes);
}

/// <summary>A page whose form may carry a photo: signed in, it takes requests up to RequestLimits:MaxStoryFormBytes.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StoryFormAttribute : Attribute;

/// <summary>
/// A request body over the limit is refused before anything reads it, with 413 and a page that says so: an
/// oversized save never reaches the editor, so it can never blank a stored story. Story forms have a limit of their
/// own, well above the largest photo, so that a photo too large is answered in the form.
/// </summary>
public static class RequestLimits
{
    public const int MaxFormValueBytes = 1024 * 1024;

    /// <summary>
    /// The longest address (path and query) the site answers. The search box takes 1,000 characters; in Chinese or
    /// Japanese that is 9,000 characters once percent-encoded, past Kestrel's own 8 KB limit, which answered with an
    /// empty 414 and the reader saw a blank page.
    /// </summary>
    public const int MaxAddressLength = 16 * 1024;

    public static WebApplicationBuilder AddNewsPortalRequestLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var limits = builder.Configuration.GetSection(RequestLimitOptions.Section).Get<RequestLimitOptions>() ?? new RequestLimitOptions();
        Validator.ValidateObject(limits, new ValidationContext(limits), validateAllProperties: true);
        builder.Services.AddSingleton(limits);
        // Bodies sent without a length are cut off by the server at the same size; a story form's request raises its own.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBytes;
            // Room above the site's own limit, so that an address a little too long gets the site's 414 page, which
            // says what happened, rather than the server's empty answer; anything longer still stops at the server.
            kestrel.Limits.MaxRequestLineSize = 2 * MaxAddressLength;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            // Per part: the request's own limit, checked first, bounds every part of it.
            form.MultipartBodyLengthLimit = limits.StoryFormLimit;
            // The longest field is a story body: 200,000 characters of up to four bytes each fit; a longer value is
            // refused by the form reader and the form comes back with a message.
            form.ValueLengthLimit = MaxFormValueBytes;
        });
        return builder;
    }

    /// <summary>Goes after routing and authentication: the limit depends on the page and on who is signed in.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.ApplicationServices.GetRequiredService<RequestLimitOptions>();
        var media = app.ApplicationServices.GetRequiredService<IOptions<MediaOptions>>();
        return app.Use(async (context, next) =>
        {
            // The status page run again for a refused request reads no body.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                await next(context);
                return;
            }

            // The path as decoded, the query as sent: no copy of either is made to measure it.
            if ((context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0) > MaxAddressLength)
            {
                context.Features.Set(new ReaderErrorMessage(
                    $"This address is longer than this site accepts ({MaxAddressLength.ToString("N0", CultureInfo.InvariantCulture)} characters at most). A link may have been pasted twice or run into other text: "
                    + "check it, or start again from the front page."));
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return;
            }

            var storyForm = context.GetEndpoint()?.Metadata.GetMetadata<StoryFormAttribute>() is not null
                && context.User.Identity?.IsAuthenticated == true;
            var limit = storyForm ? limits.StoryFormLimit : limits.MaxRequestBytes;
            if (context.Request.ContentLength is { } length && length > limit)
            {
                // Answered without reading the body; the status pages show the message with the 413.
                context.Features.Set(new ReaderErrorMessage(storyForm
                    ? $"The story was not saved: what was sent ({Sizes.InMegabytes(length)}) is more than a story form may carry ({Sizes.InMegabytes(limit)} at most). "
                      + $"A photo may be at most {Sizes.InMegabytes(media.Value.MaxPhotoBytes)}: go back to the form (your browser's Back button keeps what you typed), choose a smaller copy of the photo, and save again."
                    : $"What was sent is larger than this site accepts ({Sizes.InMegabytes(limit)} at most). Nothing was saved."));
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (storyForm && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = limit;
            }

            await next(context);
        });
    }
}
