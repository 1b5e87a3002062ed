using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Accounts;

public static class AccountServices
{
    public const string SignInPath = "/admin/sign-in";

    public static IServiceCollection AddNewsroomAccounts(this IServiceCollection services)
    {
        services.AddIdentity<NewsroomUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // The user name is the address, and an address may hold an apostrophe (o'brien@…) or letters of any
                // script: NewsroomEmail, not a list of Latin characters, decides what a new address may be.
                options.User.AllowedUserNameCharacters = "";
                // Length over composition rules, as current password guidance recommends.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<NewsPortalDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<NewsroomIdentityErrors>()
            .AddPasswordValidator<GuessablePasswords>()
            .AddSignInManager<NewsroomSignInManager>();

        // Every request re-checks the security stamp, so signing out or disabling a user ends copied cookies at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/admin/sign-out";
            // Name, Secure and path: see SiteCookies.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            // A form sent after the session ended leads back, once signed in, to its page: its handler ("?handler=Save")
            // answers no GET. The text it carried is offered back there by the newsroom script, which kept a copy.
            var redirectToSignIn = cookie.Events.OnRedirectToLogin;
            cookie.Events.OnRedirectToLogin = context =>
            {
                var request = context.Request;
                if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
                {
                    context.RedirectUri = QueryHelpers.AddQueryString(
                        request.PathBase + context.Options.LoginPath, context.Options.ReturnUrlParameter, request.PathBase + request.Path);
                }

                return redirectToSignIn(context);
            };
            // A signed-in user without the role gets a plain 403 page, not a redirect loop to sign-in.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Write, policy => policy.RequireRole(Roles.Author, Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Publish, policy => policy.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.ManageUsers, policy => policy.RequireRole(Roles.Admin));

        services.AddScoped<NewsroomAccounts>();
        return services;
    }
}
