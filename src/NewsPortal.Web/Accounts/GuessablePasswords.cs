using Microsoft.AspNetCore.Identity;

namespace NewsPortal.Web.Accounts;

/// <summary>
/// Long is not enough: a password of one repeated character or two, the account's own email, or (when changing it)
/// the password the account already has, is refused with a message saying why.
/// </summary>
internal sealed class GuessablePasswords : IPasswordValidator<NewsroomUser>
{
    private const int MinDistinctCharacters = 5;

    public async Task<IdentityResult> ValidateAsync(UserManager<NewsroomUser> manager, NewsroomUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success;
        }

        if (password.Distinct().Count() < MinDistinctCharacters)
        {
            return Refused("TooRepetitive", $"Use at least {MinDistinctCharacters} different characters in the password; one repeated pattern is guessed first.");
        }

        var email = user.Email ?? "";
        var name = email.Split('@')[0];
        if (email.Length > 0 && password.Contains(email, StringComparison.OrdinalIgnoreCase)
            || name.Length >= 4 && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return Refused("ContainsEmail", "The password must not contain the account's email or its name.");
        }

        if (user.PasswordHash is not null && await manager.CheckPasswordAsync(user, password))
        {
            return Refused("Unchanged", "The new password is the one the account already has; choose another.");
        }

        return IdentityResult.Success;
    }

    private static IdentityResult Refused(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
