using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Audit;

namespace NewsPortal.Web.Pages.Admin;

public sealed class SignOutModel(SignInManager<NewsroomUser> signIn, UserManager<NewsroomUser> users, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            // A new stamp makes every copy of the old cookie worthless, not just this browser's.
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AuditActions.SignOut);
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
