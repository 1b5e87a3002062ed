using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Accounts;
using Microsoft.AspNetCore.RateLimiting;
using NewsPortal.Web.Audit;
using NewsPortal.Web.Security;

namespace NewsPortal.Web.Pages.Admin;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInManager<NewsroomUser> signIn, AuditLog audit) : PageModel
{
    // One answer for every failure, so the form tells nobody which emails have accounts.
    public const string Failure = "That email and password do not match an account that may sign in. After 5 failed tries an account is locked for 15 minutes.";

    // In the newsroom's words, as the other forms put them: a browser that skips its own checks shows the server's.
    [BindProperty, Required(ErrorMessage = "Enter your email."), EmailAddress(ErrorMessage = "Enter your whole email address, such as name@newsroom.example."),
     StringLength(256, ErrorMessage = "An email address here has at most 256 characters.")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password."), DataType(DataType.Password),
     StringLength(1000, ErrorMessage = "A password here has at most 1,000 characters.")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // An empty or malformed field says so beside it; no account was asked about, so there is no failure to report.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignIn, actor: Email.Trim());
            return LocalRedirect(SafeReturnUrl);
        }

        await audit.RecordAsync(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, actor: Email.Trim());
        ModelState.AddModelError("", Failure);
        return Page();
    }

    /// <summary>Only ever a path on this site: an absolute or protocol-relative address goes to the newsroom's start page.</summary>
    private string SafeReturnUrl =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) && !ReturnUrl.Contains('\\', StringComparison.Ordinal) ? ReturnUrl : "/admin";
}
