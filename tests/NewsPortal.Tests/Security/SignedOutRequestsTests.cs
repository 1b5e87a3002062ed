using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Security;

/// <summary>Requests that carry no cookie skip authentication; requests with the sign-in cookie are authenticated.</summary>
public class SignedOutRequestsTests
{
    [Fact]
    public async Task OnlyRequestsThatCarryACookieAreAuthenticated()
    {
        var authenticated = new ConcurrentDictionary<string, bool>();
        using var app = new NewsPortalFactory().WithService<IStartupFilter>(new AuthenticationWatch(authenticated));
        var editor = await app.SignedInAsync(Roles.Editor);
        authenticated.Clear();

        using var reader = await app.CreateReader().GetAsync(new Uri("/", UriKind.Relative));
        using var admin = await app.CreateReader().GetAsync(new Uri("/admin", UriKind.Relative));
        using var signedIn = await editor.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.False(authenticated["GET / cookie:False"]);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode); // to the sign-in page, as before
        Assert.False(authenticated["GET /admin cookie:False"]);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.True(authenticated["GET /admin cookie:True"]);
    }

    // Outside the app's pipeline: notes, once a request is done, whether authentication ran for it (the middleware
    // leaves its feature on the request).
    private sealed class AuthenticationWatch(ConcurrentDictionary<string, bool> authenticated) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, rest) =>
            {
                var request = $"{context.Request.Method} {context.Request.Path} cookie:{context.Request.Headers.Cookie.Count > 0}";
                await rest(context);
                authenticated[request] = context.Features.Get<IAuthenticationFeature>() is not null;
            });
            next(app);
        };
    }
}
