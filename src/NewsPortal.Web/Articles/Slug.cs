using System.Globalization;
using System.Text;

namespace NewsPortal.Web.Articles;

/// <summary>
/// Makes URL slugs: lower-case words joined by '-', diacritics stripped, Latin, Cyrillic and Greek spelt in ASCII.
/// Scripts with no such spelling (Chinese, Japanese, Arabic, Hebrew, Devanagari…) keep their own letters, as modern
/// browsers show them, rather than collapse to nothing: two tags in Greek and Chinese must not share one address.
/// </summary>
public static class Slug
{
    public const int MaxLength = 80;

    // Letters that Unicode normalisation does not reduce to ASCII. Cyrillic follows Ukraine's national
    // romanisation (2010), which also reads well for Russian headlines on a Ukrainian wire.
    private static readonly Dictionary<char, string> Transliteration = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "h", ['ґ'] = "g", ['д'] = "d", ['е'] = "e",
        ['є'] = "ie", ['ж'] = "zh", ['з'] = "z", ['и'] = "y", ['і'] = "i", ['ї'] = "i", ['й'] = "i",
        ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch",
        ['ш'] = "sh", ['щ'] = "shch", ['ь'] = "", ['ю'] = "iu", ['я'] = "ia", ['ё'] = "e", ['ы'] = "y",
        ['э'] = "e", ['ъ'] = "", ['ł'] = "l", ['ø'] = "o", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe",
        ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i", ['ħ'] = "h",
        // Greek, as ELOT 743 spells it (accents are taken off first).
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th",
        ['ι'] = "i", ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p",
        ['ρ'] = "r", ['σ'] = "s", ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps",
        ['ω'] = "o",
    };

    // The same romanisation spells these letters differently at the start of a word (Yevropa, Yizhakevych).
    private static readonly Dictionary<char, string> WordInitial = new()
    {
        ['є'] = "ye", ['ї'] = "yi", ['й'] = "y", ['ю'] = "yu", ['я'] = "ya",
    };

    /// <summary>The slug for a text; "story" when nothing of it can be spelt. It always passes <see cref="ArticleDraft.SlugPattern"/>.</summary>
    public static string From(string text) => Spell(text) is { Length: > 0 } slug ? slug : "story";

    /// <summary>
    /// The address of a tag or a section: its slug, or when it has no letter or digit to spell (an emoji) the name
    /// itself, so that #💥 and #🔥 do not both end up at /tags/story, nor a section "🔥" share the page of "Story".
    /// </summary>
    public static string ForName(string name)
    {
        var slug = Spell(name);
        if (slug.Length > 0)
        {
            return slug;
        }

        var symbols = string.Join('-', TextInput.Line(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var length = 0;
        while (length < symbols.Length && length + StringInfo.GetNextTextElementLength(symbols, length) <= MaxLength)
        {
            length += StringInfo.GetNextTextElementLength(symbols, length);
        }

        return length == 0 ? "story" : symbols[..length];
    }

    private static string Spell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Compatibility forms (the ligature ﬁ, full-width Ａ, ²) are the letters and digits they stand for.
        var composed = TextInput.Line(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var slug = new StringBuilder(Math.Min(composed.Length, MaxLength + 1));
        var pendingDash = false;
        var atWordStart = true;
        var previous = '\0';
        var keptOwnLetter = false;

        foreach (var c in composed)
        {
            // Apostrophes join a word rather than split it: "Ukraine's" is "ukraines", "м'ясо" is "miaso".
            if (c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`')
            {
                continue;
            }

            var spelt = SpellLetter(c, previous, atWordStart, keptOwnLetter);
            keptOwnLetter = spelt is not null && spelt.Length > 0 && spelt[0] > '\u007F' && spelt[0] == c;
            previous = c;
            if (spelt is null)
            {
                pendingDash = true;
                atWordStart = true;
                continue;
            }

            atWordStart = false;
            if (spelt.Length == 0)
            {
                continue;
            }

            if (pendingDash && slug.Length > 0)
            {
                slug.Append('-');
            }

            pendingDash = false;
            slug.Append(spelt);
            if (slug.Length > MaxLength)
            {
                break;
            }
        }

        return Shorten(slug.ToString());
    }

    /// <summary>A letter in ASCII ("" for one that is not spelt, like the soft sign), or null for a separator.</summary>
    private static string? SpellLetter(char c, char previous, bool atWordStart, bool afterOwnLetter)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c.ToString();
        }

        if (atWordStart && WordInitial.TryGetValue(c, out var initial))
        {
            return initial;
        }

        if (c == 'г' && previous == 'з')
        {
            return "gh"; // "зг" is "zgh", so that it is not read as "ж"
        }

        if (Transliteration.TryGetValue(c, out var letter))
        {
            return letter;
        }

        // Characters beyond the Basic Multilingual Plane (emoji, historic scripts) come as surrogate halves, which are
        // not letters to spell; mathematical letters were made plain letters by normalisation.
        if (char.IsSurrogate(c))
        {
            return null;
        }

        // A vowel sign or other mark belongs to the letter before it when that letter is kept as it is (Devanagari).
        if (IsMark(c))
        {
            return afterOwnLetter && IsSlugCharacter(c) ? c.ToString() : "";
        }

        // Other accented letters lose their accents: é is e, ç is c, ά is a.
        var parts = c.ToString().Normalize(NormalizationForm.FormD).Where(part => !IsMark(part)).ToArray();
        var spelt = new StringBuilder();
        foreach (var part in parts.Select(char.ToLowerInvariant))
        {
            if (part is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                spelt.Append(part);
            }
            else if (Transliteration.TryGetValue(part, out var transliterated))
            {
                spelt.Append(transliterated);
            }
            else
            {
                // A letter or digit of a script with no ASCII spelling stays as it is; anything else separates words,
                // as do the letters that are drawn as blanks (Hangul fillers) and capitals with no small letter,
                // which the slug's pattern refuses.
                return IsSlugCharacter(c) && !TextInput.IsBlank(c.ToString()) ? c.ToString() : null;
            }
        }

        return spelt.ToString();
    }

    // What ArticleDraft.SlugPattern allows between the dashes.
    private static bool IsSlugCharacter(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber;

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The slug with a number that sets it apart ("…-2"), shortened so that the whole still fits.</summary>
    public static string Numbered(string slug, int number)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var suffix = string.Create(CultureInfo.InvariantCulture, $"-{number}");
        return Shorten(slug, MaxLength - suffix.Length) + suffix;
    }

    /// <summary>Cuts a long slug at the last whole word that fits.</summary>
    private static string Shorten(string slug, int maxLength = MaxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', maxLength);
        return cut > 0 ? slug[..cut] : slug[..maxLength];
    }
}
