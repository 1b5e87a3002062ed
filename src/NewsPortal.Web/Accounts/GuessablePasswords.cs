using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Accounts;

/// <summary>
/// Long is not enough: a password of one repeated character or two, the account's own email, a guessable word (see
/// <see cref="GuessedFirst"/>), or (when changing it) the password the account already has, is refused with a
/// message saying why.
/// </summary>
internal sealed partial class GuessablePasswords(IOptions<NewsroomOptions> newsroom) : IPasswordValidator<NewsroomUser>
{
    public const string GuessedFirst = "Common passwords, runs of neighbouring keys and the site's or your own name are guessed first, even with digits, symbols or a year added; a few unrelated words make a better password.";

    private const int MinDistinctCharacters = 5;

    // A run of keys is a password most of whose neighbouring characters are neighbouring keys; ordinary words have
    // about one such pair in four.
    private const double KeyRunShare = 0.75;

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

        if (IsGuessable(password, [.. WordsOf(newsroom.Value.SiteName), .. WordsOf(name)]))
        {
            return Refused("Guessable", GuessedFirst);
        }

        if (user.PasswordHash is not null && await manager.CheckPasswordAsync(user, password))
        {
            return Refused("Unchanged", "The new password is the one the account already has; choose another.");
        }

        return IdentityResult.Success;
    }

    /// <summary>
    /// What is left of the password once digits and symbols are taken out (and look-alikes read as the letters they
    /// stand for, and a word said twice read once) is a common password or one of the given names; or the whole
    /// password, or its letters between digits and symbols at its ends, is a run of keys, as "1qaz2wsx3edc",
    /// "!@#$%^&amp;*()" or "qwerty!!2025".
    /// </summary>
    private static bool IsGuessable(string password, IReadOnlyCollection<string> names)
    {
        if (IsKeyRun(password) || (LetterStretch(password.ToLowerInvariant()) is { Length: >= 4 } stretch && IsKeyRun(ShortestRepeat(stretch))))
        {
            return true;
        }

        return Cores(password.ToLowerInvariant()).Select(ShortestRepeat).Any(core =>
            CommonPasswords.Words.Contains(core) || names.Contains(core, StringComparer.Ordinal));
    }

    /// <summary>
    /// The letters of a password whose digits and symbols are only at its ends ("qwerty" of "qwerty!!2025"); null when
    /// they are spread through it. Only such a stretch is typed as a run of keys: the letters picked out of a random
    /// hexadecimal password (a–f, half of whose pairs are neighbours) are not, and were refused as one.
    /// </summary>
    private static string? LetterStretch(string password)
    {
        var (start, end) = LetterBounds(password);
        var stretch = password[start..end];
        return stretch.All(char.IsLetter) ? stretch : null;
    }

    /// <summary>Where the password's first letter is and where its last letter ends.</summary>
    private static (int Start, int End) LetterBounds(string password)
    {
        var start = 0;
        while (start < password.Length && !char.IsLetter(password[start]))
        {
            start++;
        }

        var end = password.Length;
        while (end > start && !char.IsLetter(password[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The letters of the password, then those of the password read with look-alikes, trimmed at either end or both.</summary>
    private static IEnumerable<string> Cores(string password)
    {
        yield return LettersOf(password);
        var (start, end) = LetterBounds(password);

        // Trimming only one end keeps a look-alike at the other ("@dmin2025", "2025p@ssw0rd!").
        foreach (var (from, to) in new[] { (start, end), (0, end), (start, password.Length) })
        {
            yield return LettersOf(string.Concat(password[from..to].Select(LookAlike)));
        }
    }

    private static char LookAlike(char c) => c switch
    {
        '@' or '4' => 'a',
        '8' => 'b',
        '3' => 'e',
        '9' => 'g',
        '1' or '!' => 'i',
        '|' => 'l',
        '0' => 'o',
        '5' or '$' => 's',
        '7' or '+' => 't',
        _ => c,
    };

    private static string LettersOf(string text) => string.Concat(text.Where(char.IsLetter));

    /// <summary>"margaret.hale" gives margaret, hale and margarethale; short pieces such as initials are left out.</summary>
    private static List<string> WordsOf(string name)
    {
        var words = NonLetters().Split(name.ToLowerInvariant()).Where(word => word.Length >= 3).ToList();
        if (words.Count > 1)
        {
            words.Add(string.Concat(words));
        }

        return words;
    }

    [GeneratedRegex(@"\P{L}+")]
    private static partial Regex NonLetters();

    /// <summary>"passwordpassword" is read as "password".</summary>
    private static string ShortestRepeat(string text)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            if (text.Length % length == 0 && text.Replace(text[..length], "", StringComparison.Ordinal).Length == 0)
            {
                return text[..length];
            }
        }

        return text;
    }

    private static bool IsKeyRun(string password)
    {
        var keys = string.Concat(password.ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)).Select(Keyboard.Unshifted));
        if (keys.Length < 2)
        {
            return false;
        }

        var neighbours = 0;
        for (var i = 1; i < keys.Length; i++)
        {
            if (Keyboard.AreNeighbours(keys[i - 1], keys[i]))
            {
                neighbours++;
            }
        }

        return neighbours >= KeyRunShare * (keys.Length - 1);
    }

    private static IdentityResult Refused(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
