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
}
