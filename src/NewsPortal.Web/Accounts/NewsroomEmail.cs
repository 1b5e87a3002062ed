using System.ComponentModel.DataAnnotations;

namespace NewsPortal.Web.Accounts;

/// <summary>
/// What a new user's email must look like: a name, one @ and a domain with a dot, with no spaces. Asked only when a
/// user is added: accounts made before this rule keep signing in and changing their passwords with the address they have.
/// </summary>
public static class NewsroomEmail
{
    public const string Problem = "Enter the whole email address, such as name@newsroom.example: a name, one @ and a domain with a dot, with no spaces or invisible characters.";

    public static bool IsPlausible(string? email)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (email is null || at <= 0 || email.IndexOf('@', at + 1) >= 0 || email.Any(IsBlankOrInvisible))
        {
            return false;
        }

        var labels = email[(at + 1)..].Split('.');
        return labels.Length >= 2 && labels.All(label => label.Length > 0 && label[0] != '-' && label[^1] != '-');
    }

    // A control or format character (U+202E, U+200B…) would make one address look like another in lists and the audit log.
    private static bool IsBlankOrInvisible(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}

/// <summary>The form's check of <see cref="NewsroomEmail"/>, said beside the field.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PlausibleEmailAttribute : ValidationAttribute
{
    public PlausibleEmailAttribute() : base(NewsroomEmail.Problem)
    {
    }

    // An empty field is Required's to report.
    public override bool IsValid(object? value) => value is not string email || email.Length == 0 || NewsroomEmail.IsPlausible(email.Trim());
}
