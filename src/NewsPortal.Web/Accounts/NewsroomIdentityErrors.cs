using Microsoft.AspNetCore.Identity;

namespace NewsPortal.Web.Accounts;

/// <summary>
/// Identity's errors in the newsroom's words, each saying what to do next. These are the ones that can reach the
/// users page, the password page or the <c>users</c> command: adding a user and setting a password. Role, token,
/// recovery-code and external-login errors stay Identity's own: nothing here lets them reach a person.
/// </summary>
internal sealed class NewsroomIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Describe(nameof(DefaultError), "The account could not be saved. Try again; if it fails again, tell the site's administrator.");

    public override IdentityError ConcurrencyFailure() =>
        Describe(nameof(ConcurrencyFailure), "Someone else changed this account at the same moment. Reload the page and try again.");

    public override IdentityError PasswordMismatch() =>
        Describe(nameof(PasswordMismatch), "The current password is not right. Type the password you signed in with.");

    // The user name is the email address, so its rules are told as the email's.
    public override IdentityError InvalidUserName(string? userName) =>
        Describe(nameof(InvalidUserName), $"{Quoted(userName)} cannot be used to sign in here: enter the whole email address, such as name@newsroom.example.");

    public override IdentityError InvalidEmail(string? email) =>
        Describe(nameof(InvalidEmail), $"{Quoted(email)} is not an email address. Enter the whole address, such as name@newsroom.example.");

    // Identity reports a taken address twice, as user name and as email: one sentence says it once.
    public override IdentityError DuplicateUserName(string userName) => AlreadyTaken(nameof(DuplicateUserName), userName);

    public override IdentityError DuplicateEmail(string email) => AlreadyTaken(nameof(DuplicateEmail), email);

    public override IdentityError PasswordTooShort(int length) =>
        Describe(nameof(PasswordTooShort), $"Use a password of at least {length} characters; a few unrelated words in a row are long and easy to remember.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Describe(nameof(PasswordRequiresUniqueChars), $"Use at least {uniqueChars} different characters in the password.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Describe(nameof(PasswordRequiresNonAlphanumeric), "Add a sign that is neither a letter nor a digit, such as ! or -, to the password.");

    public override IdentityError PasswordRequiresDigit() =>
        Describe(nameof(PasswordRequiresDigit), "Add a digit (0 to 9) to the password.");

    public override IdentityError PasswordRequiresLower() =>
        Describe(nameof(PasswordRequiresLower), "Add a lower-case letter (a to z) to the password.");

    public override IdentityError PasswordRequiresUpper() =>
        Describe(nameof(PasswordRequiresUpper), "Add a capital letter (A to Z) to the password.");

    private static IdentityError AlreadyTaken(string code, string address) =>
        Describe(code, $"{address} already has an account. Change its role or enable it again among the users instead.");

    private static string Quoted(string? text) => string.IsNullOrEmpty(text) ? "That address" : $"“{text}”";

    private static IdentityError Describe(string code, string description) => new() { Code = code, Description = description };
}
