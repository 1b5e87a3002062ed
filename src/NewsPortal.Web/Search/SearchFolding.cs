using System.Text;

namespace NewsPortal.Web.Search;

/// <summary>
/// Letters a reader may type without their stroke, slash or ligature: "wladyslaw" finds "Władysław", "oresund" finds
/// "Øresund", "strasse" finds "Straße". SQLite's tokenizer folds accents (é, ś, ü) itself but keeps these, as they
/// are letters of their own in Unicode; the SearchFolding migration indexes every story with them folded to the
/// letters here, and <see cref="FtsQuery"/> folds the reader's words the same way. PostgreSQL's unaccent folds all
/// of them already.
/// </summary>
public static class SearchFolding
{
    /// <summary>Each letter and what it is folded to. Changing this list needs a migration that indexes the stories again.</summary>
    public static readonly IReadOnlyList<(char Letter, string Plain)> Letters =
    [
        ('ł', "l"), ('Ł', "L"), ('ø', "o"), ('Ø', "O"), ('đ', "d"), ('Đ', "D"), ('ð', "d"), ('Ð', "D"),
        ('þ', "th"), ('Þ', "Th"), ('ß', "ss"), ('ẞ', "SS"), ('æ', "ae"), ('Æ', "Ae"), ('œ', "oe"), ('Œ', "Oe"),
        ('ı', "i"), ('ħ', "h"), ('Ħ', "H"), ('ŧ', "t"), ('Ŧ', "T"),
    ];

    private static readonly Dictionary<char, string> ByLetter = Letters.ToDictionary(pair => pair.Letter, pair => pair.Plain);

    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!word.Any(ByLetter.ContainsKey))
        {
            return word;
        }

        var folded = new StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            if (ByLetter.TryGetValue(c, out var plain))
            {
                folded.Append(plain);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }
}
