namespace NewsPortal.Web.Data.Migrations;

/// <summary>
/// The text both stores' search indexes are fed, as SQL over a column, for their migrations. It is written out here,
/// not read from the search code, so that a migration stays what it was when it ran.
/// </summary>
internal static class SearchIndexText
{
    /// <summary>The letters the SearchFolding migration folds for SQLite (PostgreSQL's unaccent folds them itself).</summary>
    private static readonly (string Letter, string Plain)[] FoldedLetters =
    [
        ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("đ", "d"), ("Đ", "D"), ("ð", "d"), ("Ð", "D"),
        ("þ", "th"), ("Þ", "Th"), ("ß", "ss"), ("ẞ", "SS"), ("æ", "ae"), ("Æ", "Ae"), ("œ", "oe"), ("Œ", "Oe"),
        ("ı", "i"), ("ħ", "h"), ("Ħ", "H"), ("ŧ", "t"), ("Ŧ", "T"),
    ];

    /// <summary>
    /// The apostrophes the ApostrophesInWords migrations index as part of their word, each as its combining mark
    /// (as SQL literals: ' doubled).
    /// </summary>
    private static readonly (string Apostrophe, string Mark)[] ApostropheMarks = [("''", "\u030F"), ("\u2019", "\u0311"), ("\u02BC", "\u032E")];

    /// <summary>The column with the letters of <see cref="FoldedLetters"/> folded.</summary>
    public static string Folded(string column) =>
        FoldedLetters.Aggregate(column, (text, pair) => $"replace({text}, '{pair.Letter}', '{pair.Plain}')");

    /// <summary>
    /// The column with each apostrophe that is not before an s as its mark: every apostrophe becomes its mark, then
    /// the marks before s or S are apostrophes again. Each is one character for one, so the text keeps its length.
    /// </summary>
    public static string ApostrophesInWords(string column)
    {
        var marked = ApostropheMarks.Aggregate(column, (text, pair) => $"replace({text}, '{pair.Apostrophe}', '{pair.Mark}')");
        return ApostropheMarks.SelectMany(pair => new[] { "s", "S" }, (pair, s) => (Marked: pair.Mark + s, Written: pair.Apostrophe + s))
            .Aggregate(marked, (text, pair) => $"replace({text}, '{pair.Marked}', '{pair.Written}')");
    }
}
