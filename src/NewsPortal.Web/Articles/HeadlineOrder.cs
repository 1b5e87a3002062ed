using System.Globalization;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Articles;

/// <summary>
/// The newsroom's A–Z order of headlines, in the collation of its language (Newsroom:Language): each headline gets a
/// sort key whose bytes, compared bytewise as SQLite's BLOB and PostgreSQL's bytea are, give that order, so the story
/// list reads it off an index on either store. Comparing the text itself would follow the store's own character
/// order: SQLite's puts "apple" after "Zebra" and Ukrainian Є, І, Ї before А.
/// </summary>
public sealed class HeadlineOrder
{
    // Case and accents still order headlines, after the letters (the collation's third level). Quotes, dashes and
    // spaces do not: «Лапки» files under Л, not before every letter. Numbers go by value: "report 2" before "report 10".
    private const CompareOptions Options = CompareOptions.IgnoreSymbols | CompareOptions.NumericOrdering;

    private readonly CompareInfo _collation;

    public HeadlineOrder(string language)
    {
        _collation = CultureInfo.GetCultureInfo(language).CompareInfo;
        Version = $"{_collation.Name} {_collation.Version.FullVersion} {Options}";
    }

    /// <summary>For a store written outside the app, which knows no newsroom settings: the default language's order.</summary>
    public static HeadlineOrder Default { get; } = new(new NewsroomOptions().Language);

    /// <summary>
    /// What made the keys: the language, the collation's version (a new ICU may order some letters anew) and the
    /// options. Stored with each key, so that keys made otherwise are made again when the app starts (see HeadlineKeys).
    /// </summary>
    public string Version { get; }

    public byte[] KeyOf(string headline) => _collation.GetSortKey(headline, Options).KeyData;

    public void Key(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.HeadlineSortKey = KeyOf(article.Headline);
        article.HeadlineSortKeyVersion = Version;
    }
}
