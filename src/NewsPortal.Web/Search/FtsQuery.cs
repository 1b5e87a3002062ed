using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Search;

/// <summary>
/// Turns what a reader typed into a safe FTS5 query: its words, each quoted, all required, the last one also
/// matching as a prefix when it is long enough to be a word typed in part (<see cref="MatchesAsPrefix"/>). Quotes, operators, brackets and stars the reader typed are never FTS syntax. Letters the
/// index keeps folded (<see cref="SearchFolding"/>) are folded here too.
/// </summary>
public static partial class FtsQuery
{
    public const int MaxLength = 1000;
    private const int MaxWords = 16;
    private const char UkrainianApostrophe = '\u02BC';

    /// <summary>
    /// The shortest last word also matched as the start of longer words: "Zelensk" finds Zelensky. A shorter one is
    /// looked for as the word it is. "a" or "the" as prefixes stand for thousands of words, which the index must merge
    /// (half a second a search on 100,000 stories, three times a results page), and a reader typing "war" means war,
    /// not Warsaw.
    /// </summary>
    public const int ShortestPrefix = 4;

    /// <summary>The FTS5 query, or null when the text has no word to look for.</summary>
    public static string? From(string text) => Phrases(text) is { Count: > 0 } phrases ? string.Join(' ', phrases) : null;

    /// <summary>The FTS5 query for any one of the words of <see cref="From"/>, or null when the text has none.</summary>
    public static string? AnyOf(string text) => Phrases(text) is { Count: > 0 } phrases ? string.Join(" OR ", phrases) : null;

    private static List<string> Phrases(string text)
    {
        var words = SearchWords(text).Select(SearchFolding.Fold).ToList();
        return words.Select((word, i) => i == words.Count - 1 && MatchesAsPrefix(word) ? $"\"{word}\" *" : $"\"{word}\"").ToList();
    }

    /// <summary>Whether a last word is also matched as the start of longer words (every engine asks this).</summary>
    public static bool MatchesAsPrefix(string word) => word?.Length >= ShortestPrefix;

    /// <summary>
    /// The words to look for: runs of letters, digits and combining marks, nothing else, so they can be quoted
    /// into any engine's query syntax, with the apostrophes inside them taken out as the index takes them out
    /// (<see cref="SearchApostrophes"/>: "Kam’yanets" is "kamyanets"). Every search implementation starts from these.
    /// </summary>
    public static IReadOnlyList<string> SearchWords(string text) => Words(text ?? "").Take(MaxWords).ToList();

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        var searched = SearchedText(text);
        for (var i = 0; i < searched.Length; i++)
        {
            var c = searched[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (SearchApostrophes.JoinsWord(searched, i))
            {
                continue;
            }

            // The Ukrainian apostrophe is a modifier letter to Unicode but, before s, a word break to the index, as ’ is.
            if ((char.IsLetterOrDigit(c) && c != UkrainianApostrophe) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>
    /// The text as searches read it: "Umerov's" looks for Umerov, since the index reads it as "umerov" and "s", and a
    /// last word "s" would match every story with any word starting with s, and no story without one. Compatibility
    /// forms are the letters they stand for: full-width ＵＭＥＲＯＶ, typed in an East Asian input mode, is Umerov.
    /// </summary>
    public static string SearchedText(string text) =>
        Possessive().Replace(TextInput.Line(text).Normalize(NormalizationForm.FormKC), "");

    [GeneratedRegex(@"(?<=\p{L})['\u2019\u02BC][sS](?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
