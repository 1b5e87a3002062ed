using System.Globalization;
using System.Text;

namespace NewsPortal.Web.Articles;

/// <summary>Makes URL slugs: lower-case ASCII words joined by '-', diacritics stripped, Cyrillic transliterated.</summary>
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
    };

    /// <summary>The slug for a text; "story" when nothing of it can be spelt in ASCII.</summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(Math.Min(decomposed.Length, MaxLength + 1));
        var pendingDash = false;

        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            var spelt = c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c.ToString()
                : Transliteration.GetValueOrDefault(c);
            if (string.IsNullOrEmpty(spelt))
            {
                pendingDash |= spelt is null;
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

        return slug.Length == 0 ? "story" : Shorten(slug.ToString());
    }

    /// <summary>Cuts a long slug at the last whole word that fits.</summary>
    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
