using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NewsPortal.Web.Hosting;

/// <summary>
/// The "ForwardedHeaders" section: the proxies (such as nginx on the same host) whose X-Forwarded-For, -Proto and -Host
/// the site believes. Empty, as by default, the headers are ignored and the connection's own address counts.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of single proxies, e.g. <c>127.0.0.1</c> and <c>::1</c> for nginx on this host.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];
}

/// <summary>
/// Behind a reverse proxy, every request comes from the proxy's address over plain http: per-address rate limits
/// would count everyone as one reader, the audit log would record the proxy, and HTTPS would go unrecognised. From a
/// trusted proxy, the forwarded headers say who and what the request really is; from anyone else they are ignored, so a
/// client cannot claim another address.
/// </summary>
public static class ReverseProxy
{
    public static IApplicationBuilder UseForwardedHeadersFromKnownProxies(this IApplicationBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        if (settings.KnownProxies.Count == 0 && settings.KnownNetworks.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
            // One proxy in front: only the address it appended is taken, whatever the client put before it.
            ForwardLimit = 1,
        };
        // Loopback is trusted by default; only what the operator names is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new ValidationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new ValidationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation (such as 10.0.0.0/24)."));
        }

        return app.UseForwardedHeaders(options);
    }
}
