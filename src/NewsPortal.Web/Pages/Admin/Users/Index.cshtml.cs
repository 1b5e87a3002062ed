using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Web.Pages.Admin.Users;

public sealed class IndexModel(NewsroomAccounts accounts, UserManager<NewsroomUser> users) : PageModel
{
    // Two admins changing one account at once: the second save finds the row changed under it.
    private const string ChangedMeanwhile = "Someone else changed this account at the same moment. Check it below and try again.";

    [BindProperty, Required(ErrorMessage = "Enter the new user's email."), PlausibleEmail, StringLength(256, ErrorMessage = "An email address here has at most 256 characters.")]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Role { get; set; } = Roles.Author;

    [BindProperty, Required(ErrorMessage = "Enter a first password for the new user."), DataType(DataType.Password), StringLength(1000, MinimumLength = 12, ErrorMessage = "The password must be 12 to 1,000 characters long.")]
    public string Password { get; set; } = "";

    /// <summary>The name of the password form's new password, under which its problems are kept.</summary>
    public const string NewPasswordField = "newPassword";

    public IReadOnlyList<UserSummary> Accounts { get; private set; } = [];

    /// <summary>Whether the problems in the model state are the password form's: each form lists and marks its own only.</summary>
    public bool PasswordFormSentBack { get; private set; }

    /// <summary>The user the password form was sent for, chosen again when it comes back.</summary>
    public string? PasswordUserId { get; private set; }

    /// <summary>Everyone but the admin looking: one's own password is changed under Password, with the current one.</summary>
    public IEnumerable<UserSummary> Others => Accounts.Where(account => !IsSelf(account.Id));

    public bool IsYou(UserSummary account) => IsSelf(account?.Id ?? "");

    public async Task OnGetAsync() => Accounts = await accounts.ListAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (ModelState.IsValid)
        {
            var problems = await accounts.AddAsync(Email, Role, Password);
            if (problems.Count == 0)
            {
                TempData["Flash"] = $"{Email} can now sign in as {Role}.";
                return RedirectToPage();
            }

            foreach (var problem in problems)
            {
                ModelState.AddModelError("", problem);
            }
        }

        Accounts = await accounts.ListAsync();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string userId, string role)
    {
        if (!Roles.All.Contains(role))
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, $"A role is one of {string.Join(", ", Roles.All)}.");
        }

        if (IsSelf(userId))
        {
            return Done("You cannot change your own role; ask another admin.");
        }

        try
        {
            // Changing the role ends the person's sessions (NewsroomAccounts.SetRoleAsync): the admin is told so, by name,
            // since the colleague finds themselves at the sign-in page.
            return await accounts.SetRoleAsync(userId, role) is { } email
                ? Done($"{email} now has the {role} role. Their sessions have ended: they sign in again to work with it.")
                : NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Done(ChangedMeanwhile);
        }
    }

    public async Task<IActionResult> OnPostDisableAsync(string userId, bool? disabled)
    {
        // Anything but true or false is a forged form, not a choice: it must not end anyone's sessions.
        if (disabled is not { } disable || ModelState.GetFieldValidationState(nameof(disabled)) == ModelValidationState.Invalid)
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, "Say whether the account is to be disabled (true) or enabled (false).");
        }

        if (IsSelf(userId))
        {
            return Done("You cannot disable your own account.");
        }

        try
        {
            return await accounts.SetDisabledAsync(userId, disable) is { } email
                ? Done(disable ? $"{email} is disabled; their sessions have ended." : $"{email} can sign in again.")
                : NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Done(ChangedMeanwhile);
        }
    }

    public async Task<IActionResult> OnPostPasswordAsync(string userId, [DataType(DataType.Password)] string? newPassword)
    {
        if (IsSelf(userId))
        {
            return Done("Change your own password under Password, which asks for the current one.");
        }

        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        try
        {
            // Checked here as the add form checks a first password; the password itself is never shown back.
            var problems = newPassword is { Length: >= 12 and <= 1000 }
                ? await accounts.SetPasswordAsync(user, newPassword)
                : ["The password must be 12 to 1,000 characters long."];
            if (problems.Count == 0)
            {
                return Done($"{user.Email} has a new password; their sessions have ended. Tell them in person or by phone, and ask them to change it after signing in.");
            }

            return await PasswordRefusedAsync(userId, problems);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Done(ChangedMeanwhile);
        }
    }

    /// <summary>The password form again, with the user chosen and its problems at the password field.</summary>
    private async Task<PageResult> PasswordRefusedAsync(string userId, IEnumerable<string> problems)
    {
        // What the add form's fields made of a post that did not carry them is no problem of this form's.
        ModelState.Clear();
        foreach (var problem in problems)
        {
            ModelState.AddModelError(NewPasswordField, problem);
        }

        PasswordFormSentBack = true;
        PasswordUserId = userId;
        Accounts = await accounts.ListAsync();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private bool IsSelf(string userId) => userId == users.GetUserId(User);

    /// <summary>Back to the list, with a word on what happened (or why nothing did).</summary>
    private RedirectToPageResult Done(string message)
    {
        TempData["Flash"] = message;
        return RedirectToPage();
    }
}
