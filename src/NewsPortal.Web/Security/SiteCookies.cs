using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Security;

/// <summary>
/// The newsroom's cookies. When the site's public address is https, they are always Secure and carry the
/// <c>__Host-</c> prefix: browsers then accept them only from a secure origin, for the whole site and with no
/// Domain, so neither a plain-http page nor a subdomain can plant or overwrite them. On a plain-http address (a
/// laptop, a test) they keep their plain names and are Secure whenever the request is.
/// </summary>
public static class SiteCookies
{
    public const string Authentication = "newsportal.auth";
    public const string Antiforgery = "newsportal.antiforgery";
    private const string HostPrefix = "__Host-";

    public static IServiceCollection AddSiteCookies(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<NewsroomOptions>>((options, newsroom) => Apply(options.Cookie, Authentication, newsroom.Value));
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptions<NewsroomOptions>>((options, newsroom) => Apply(options.Cookie, Antiforgery, newsroom.Value));
        return services;
    }

    private static void Apply(CookieBuilder cookie, string name, NewsroomOptions newsroom)
    {
        var https = Uri.TryCreate(newsroom.PublicUrl, UriKind.Absolute, out var address) && address.Scheme == Uri.UriSchemeHttps;
        cookie.Name = https ? HostPrefix + name : name;
        cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.HttpOnly = true;
    }
}
