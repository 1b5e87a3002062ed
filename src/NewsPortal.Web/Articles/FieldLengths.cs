namespace NewsPortal.Web.Articles;

/// <summary>
/// How long the store's text columns are. Whatever writes a story checks these first and says what is too long:
/// SQLite would keep longer text without a word, and PostgreSQL refuse it with an error that names no field.
/// </summary>
public static class FieldLengths
{
    public const int Headline = 300;
    public const int Section = 100;
    public const int Byline = 200;
    public const int Tag = 100;
    public const int PhotoText = 500;
    public const int PhotoLink = 1000;
}
