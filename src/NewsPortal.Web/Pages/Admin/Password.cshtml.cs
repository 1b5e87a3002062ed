using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Audit;

namespace NewsPortal.Web.Pages.Admin;

public sealed class PasswordModel(SignInManager<NewsroomUser> signIn, UserManager<NewsroomUser> users, AuditLog audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your current password."), DataType(DataType.Password), StringLength(1000)]
    public string Current { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter a new password."), DataType(DataType.Password), StringLength(1000, MinimumLength = 12, ErrorMessage = "The new password must be 12 to 1,000 characters long.")]
    public string New { get; set; } = "";

    [BindProperty, DataType(DataType.Password), Compare(nameof(New), ErrorMessage = "The two new passwords differ.")]
    public string Confirm { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Refused();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }

            return Refused();
        }

        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditActions.PasswordChanged);
        TempData["Flash"] = "Your password has been changed. Other sessions have been signed out.";
        return RedirectToPage("/Admin/Index");
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
