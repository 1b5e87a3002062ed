using Microsoft.Extensions.Options;

namespace NewsPortal.Web.Newsroom;

/// <summary>Absolute URLs of the site's pages, for canonical links and, later, feeds and sitemaps.</summary>
public sealed class SiteAddress(IOptions<NewsroomOptions> options)
{
    private readonly string? _publicUrl = string.IsNullOrWhiteSpace(options.Value.PublicUrl)
        ? null
        : options.Value.PublicUrl.TrimEnd('/');

    public string Absolute(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = _publicUrl ?? $"{request.Scheme}://{request.Host}";
        return origin + path;
    }

    /// <summary>An address as a reader elsewhere needs it: the site's own paths made whole, any other (a wire photo's https address) as it is.</summary>
    public string Whole(HttpRequest request, string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.StartsWith('/') ? Absolute(request, url) : url;
    }
}
