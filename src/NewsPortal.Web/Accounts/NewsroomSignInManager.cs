using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NewsPortal.Web.Accounts;

/// <summary>Identity's sign-in, with disabled accounts refused like any other failed sign-in.</summary>
public sealed class NewsroomSignInManager(
    UserManager<NewsroomUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<NewsroomUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<NewsroomUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<NewsroomUser> confirmation)
    : SignInManager<NewsroomUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(NewsroomUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.IsDisabled && await base.CanSignInAsync(user);
    }
}
