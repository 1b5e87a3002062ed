namespace NewsPortal.Web.Search;

/// <summary>
/// Apostrophes inside words. Ukrainian writes them (м'ясо, з’їзд, пʼять) and so do its place names in Latin letters
/// (Kam'yanets, Kamʼyanets, Kam’yanets), with any of three characters, and readers type any of them or none: each word
/// is indexed and looked for with its apostrophes taken out ("kamyanets"). The index reads each one as a combining
/// mark, which FTS5's unicode61 tokenizer (with remove_diacritics) and PostgreSQL's parser keep inside the word and
/// then drop with the accents (unaccent), so the stories' text is marked word for word as it is indexed; the
/// ApostrophesInWords migrations index the stories so. An apostrophe before s stays a word break: "Umerov's" holds the
/// word Umerov, and "O'Sullivan" is found by Sullivan, as before.
/// </summary>
public static class SearchApostrophes
{
    /// <summary>
    /// Each apostrophe and the mark it is indexed as: marks of no written language's composed letters, one to an
    /// apostrophe, so that a passage shows the apostrophe as written. Changing this list needs a migration that
    /// indexes the stories again.
    /// </summary>
    public static readonly IReadOnlyList<(char Apostrophe, char Mark)> Marks =
        [('\'', '\u030F'), ('\u2019', '\u0311'), ('\u02BC', '\u032E')];

    /// <summary>Whether the character at <paramref name="index"/> is an apostrophe read as part of its word.</summary>
    public static bool JoinsWord(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Marks.Any(pair => pair.Apostrophe == text[index]) && !(index + 1 < text.Length && text[index + 1] is 's' or 'S');
    }

    /// <summary>Text as the index read it, with its apostrophes back as written.</summary>
    public static string Restored(string indexed)
    {
        ArgumentNullException.ThrowIfNull(indexed);
        return Marks.Aggregate(indexed, (text, pair) => text.Replace(pair.Mark, pair.Apostrophe));
    }
}
