using System.Globalization;
using System.Text.RegularExpressions;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Import;

/// <summary>
/// Reads the wire page format of the seed files:
/// <code>
/// date 2025-03-07 Facts
/// 16:27 07.03.2025
/// Headline
/// 2 min read
/// Photo caption            (optional)
/// Photo: link or name      (optional)
/// Body paragraphs…
/// Tags: #one #two          (optional)
/// MORE ABOUT / HOT NEWS / LATEST / AD sections (each optional)
/// </code>
/// Blank lines separate paragraphs and are otherwise insignificant. An AD line inside the body or a list marks where
/// the wire page showed an advert; it is left out.
/// </summary>
public static partial class WireStoryParser
{
    private const string MoreAboutHeader = "MORE ABOUT";
    private const string HotNewsHeader = "HOT NEWS";
    private const string LatestHeader = "LATEST";
    private const string AdHeader = "AD";
    private static readonly string[] SectionHeaders = [MoreAboutHeader, HotNewsHeader, LatestHeader, AdHeader];

    // A credit names an agency, a photographer or both: "Press service of the Ministry of Defense of Ukraine" is nine words.
    private const int MaxCreditWords = 10;

    public static WireStory Parse(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new LineReader(fileName, text);

        var (date, section) = ReadDateLine(reader);
        var localTime = ReadTimestamp(reader, "the story's time");
        if (DateOnly.FromDateTime(localTime) != date)
        {
            throw reader.Error($"the time {localTime.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} does not fall on the date line's {date:yyyy-MM-dd}");
        }

        var headline = reader.Expect("the headline");
        if (IsSectionHeader(headline) || MinRead().IsMatch(headline))
        {
            throw reader.Error("expected the headline");
        }

        Fitting(reader, headline, FieldLengths.Headline, "the headline");

        var minutes = ReadMinutes(reader);
        var photo = ReadPhoto(reader);
        var paragraphs = WithoutRepeatedHeadline(ReadBody(reader), headline);
        var tags = ReadTags(reader);

        List<WireBrief> moreAbout = [];
        List<string> hotNews = [];
        List<string> latest = [];
        while (reader.Next() is { } line)
        {
            switch (SectionHeader(line.Text))
            {
                case MoreAboutHeader: moreAbout.AddRange(ReadMoreAbout(reader)); break;
                case HotNewsHeader: hotNews.AddRange(ReadHeadlines(reader, HotNewsHeader)); break;
                case LatestHeader: latest.AddRange(ReadHeadlines(reader, LatestHeader)); break;
                case AdHeader: break;
                default: throw reader.Error($"expected one of {string.Join(", ", SectionHeaders)}, found \"{Shorten(line.Text)}\"");
            }
        }

        return new WireStory(fileName, section, localTime, headline, minutes, photo, paragraphs, tags, moreAbout, hotNews, latest);
    }

    private static (DateOnly Date, string Section) ReadDateLine(LineReader reader)
    {
        var match = DateLine().Match(reader.Expect("the line 'date YYYY-MM-DD Section'"));
        if (!match.Success || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw reader.Error("expected the line 'date YYYY-MM-DD Section'");
        }

        return (date, Fitting(reader, match.Groups["section"].Value.Trim(), FieldLengths.Section, "the section"));
    }

    private static DateTime ReadTimestamp(LineReader reader, string what)
    {
        var text = reader.Expect(what);
        if (!DateTime.TryParseExact(SingleSpaced(text), "HH:mm dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw reader.Error($"expected {what} as HH:mm dd.MM.yyyy, found \"{Shorten(text)}\"");
        }

        return time;
    }

    private static int ReadMinutes(LineReader reader)
    {
        var match = MinRead().Match(reader.Expect("'N min read'"));
        if (!match.Success || !int.TryParse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture, out var minutes))
        {
            throw reader.Error("expected 'N min read' after the headline");
        }

        return minutes;
    }

    private static WirePhoto? ReadPhoto(LineReader reader)
    {
        var first = reader.Peek();
        if (first is null)
        {
            return null;
        }

        if (IsCreditLine(first.Value.Text))
        {
            reader.Next();
            // "Photo:" with no name after it credits no one: the line is neither the body's nor a photo.
            return ReadCredit(reader, first.Value) is { } creditOnly ? Fitting(reader, new WirePhoto(null, creditOnly)) : null;
        }

        // A caption is the line above the credit (pages differ on whether a blank line comes between).
        if (reader.Peek(1) is { } credit && IsCreditLine(credit.Text))
        {
            Fitting(reader, reader.Expect("the photo's caption"), FieldLengths.PhotoText, "the photo's caption");
            reader.Next();
            return Fitting(reader, new WirePhoto(first.Value.Text, ReadCredit(reader, credit)));
        }

        return null;
    }

    private static WirePhoto Fitting(LineReader reader, WirePhoto photo)
    {
        Fitting(reader, photo.Credit ?? "", FieldLengths.PhotoText, "the photo credit");
        Fitting(reader, photo.CreditLink?.AbsoluteUri ?? "", FieldLengths.PhotoLink, "the photo credit's address");
        return photo;
    }

    /// <summary>
    /// Whether a line is a photo's credit: "Photo:" and a link or a name, which is short and does not end a sentence.
    /// A paragraph of the story may start with the word too ("Photo: accreditation closes on March 10."); read as a
    /// credit, it and the paragraph above it (read as the caption) were gone from the story.
    /// </summary>
    private static bool IsCreditLine(string line)
    {
        if (!line.StartsWith("Photo:", StringComparison.Ordinal))
        {
            return false;
        }

        var credit = line["Photo:".Length..].Trim();
        return credit.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 1 || ReadsAsName(credit);
    }

    private static bool ReadsAsName(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxCreditWords
            && !text.EndsWith('.') && !text.EndsWith('!') && !text.EndsWith('?');

    /// <summary>
    /// Whom the "Photo:" line read last credits, null when it names no one. The name may go on over the next line, with
    /// no blank line between: "Photo:" on a line of its own above it, or a long name wrapped ("Photo: Press service of
    /// the Ministry" / "of Defense of Ukraine"); that line was taken for the story's first paragraph and the credit lost.
    /// A line that makes the whole a sentence, not a name, is the body's.
    /// </summary>
    private static string? ReadCredit(LineReader reader, (int Number, string Text) photoLine)
    {
        var credit = photoLine.Text["Photo:".Length..].Trim();
        if (new WirePhoto(null, credit).CreditLink is null
            && reader.Peek() is { } next && next.Number == photoLine.Number + 1
            && !IsSectionHeader(next.Text) && !IsTagsLine(next.Text) && ReadsAsName($"{credit} {next.Text}"))
        {
            reader.Next();
            return $"{credit} {next.Text}".TrimStart();
        }

        return credit.Length > 0 ? credit : null;
    }

    private static List<string> ReadBody(LineReader reader)
    {
        List<string> paragraphs = [];
        var lastLine = 0;
        while (reader.Peek() is { } line && !IsListHeader(line.Text) && !EndsTheBody(reader, line.Text))
        {
            reader.Next();
            if (SectionHeader(line.Text) == AdHeader)
            {
                continue;
            }

            // Lines with no blank line between them belong to one paragraph.
            if (paragraphs.Count > 0 && line.Number == lastLine + 1)
            {
                paragraphs[^1] += "\n" + line.Text;
            }
            else
            {
                paragraphs.Add(line.Text);
            }

            lastLine = line.Number;
        }

        if (paragraphs.Count == 0)
        {
            throw reader.Error("the story has no body");
        }

        return paragraphs;
    }

    /// <summary>
    /// The body without the headline at its top: the wire page repeats the headline as its photo's caption, and a page
    /// saved without the photo line keeps the repeat, which showed the headline twice. A body that is nothing else keeps it.
    /// </summary>
    private static List<string> WithoutRepeatedHeadline(List<string> paragraphs, string headline)
    {
        var firstLines = paragraphs[0].Split('\n');
        if (SameText.Key(firstLines[0]) != SameText.Key(headline) || (paragraphs.Count == 1 && firstLines.Length == 1))
        {
            return paragraphs;
        }

        if (firstLines.Length == 1)
        {
            paragraphs.RemoveAt(0);
        }
        else
        {
            paragraphs[0] = string.Join('\n', firstLines[1..]);
        }

        return paragraphs;
    }

    private static bool IsTagsLine(string line) => line.StartsWith("Tags:", StringComparison.Ordinal);

    /// <summary>
    /// Whether the next line is the story's tags: a "Tags:" line of #names, or one with nothing but adverts between it
    /// and the lists or the end. A paragraph of the story may start with the word too ("Tags: used by the organisers
    /// are…"); a line of tags gone wrong at the end of the body is still read as tags, to be refused with its line.
    /// </summary>
    private static bool EndsTheBody(LineReader reader, string line)
    {
        if (!IsTagsLine(line))
        {
            return false;
        }

        if (TagTokens(line["Tags:".Length..]).All(token => token.StartsWith('#')))
        {
            return true;
        }

        var ahead = 1;
        while (reader.Peek(ahead) is { } ad && SectionHeader(ad.Text) == AdHeader)
        {
            ahead++;
        }

        return reader.Peek(ahead) is not { } next || IsListHeader(next.Text);
    }

    private static bool IsListHeader(string line) => SectionHeader(line) is MoreAboutHeader or HotNewsHeader or LatestHeader;

    private static bool IsSectionHeader(string line) => SectionHeader(line) is not null;

    /// <summary>
    /// Which of MORE ABOUT, HOT NEWS, LATEST and AD the line is, if any, in whatever case: pages copied from the site's
    /// markup rather than its display write "More about" or "latest", and such a header was taken for body text, its
    /// list with it (or, after a Tags line, the page was refused).
    /// </summary>
    private static string? SectionHeader(string line)
    {
        var spaced = SingleSpaced(line);
        return SectionHeaders.FirstOrDefault(header => string.Equals(spaced, header, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The line as a header or a time reads, whatever white space parts its words: a page saved from a browser may write
    /// "MORE ABOUT" with a no-break space (such a header was taken for body text, its list with it) or a time with two
    /// spaces (refused as not a time, with a message that seemed to show one).
    /// </summary>
    private static string SingleSpaced(string line) => WhiteSpaceRun().Replace(line, " ");

    private static List<string> ReadTags(LineReader reader)
    {
        if (reader.Peek() is not { } line || !IsTagsLine(line.Text))
        {
            return [];
        }

        reader.Next();
        var tokens = TagTokens(line.Text["Tags:".Length..]).ToList();
        // A long Tags line may wrap: a line right under it (no blank line between) of nothing but #names goes on with it.
        // Such a line was refused as an unknown list header, stopping the whole import.
        for (var last = line.Number; reader.Peek() is { } more && more.Number == last + 1 && TagTokens(more.Text).All(token => token.StartsWith('#')); last = more.Number)
        {
            reader.Next();
            tokens.AddRange(TagTokens(more.Text));
        }

        List<string> tags = [];
        foreach (var token in tokens)
        {
            var name = token.TrimStart('#').Trim();
            if (!token.StartsWith('#') || name.Length == 0)
            {
                throw reader.Error($"expected tags written as #name, found \"{Shorten(token)}\"");
            }

            Fitting(reader, name, FieldLengths.Tag, $"the tag \"{Shorten(name)}\"");
            if (!tags.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                tags.Add(name);
            }
        }

        // More than the story form takes would leave the story one no editor could save without dropping tags first.
        if (tags.Count > ArticleDraft.MaxTags)
        {
            throw reader.Error($"the story has {tags.Count} tags; a story takes at most {ArticleDraft.MaxTags}");
        }

        return tags;
    }

    /// <summary>
    /// The #names in the text of a Tags line. Any white space separates them (wire copy has tabs and no-break spaces as well as
    /// spaces), and so do commas and semicolons: "#air-raid, #alert;" are the tags "air-raid" and "alert", not names
    /// ending in punctuation that no other story's tags would match.
    /// </summary>
    private static string[] TagTokens(string names) =>
        [.. TagSeparators().Split(names).Where(token => token.Length > 0)];

    private static List<WireBrief> ReadMoreAbout(LineReader reader)
    {
        List<WireBrief> briefs = [];
        while (NextListItem(reader) is { } item)
        {
            // An item may come without its time, as HOT NEWS and LATEST items do: the page was refused, stopping the
            // whole import. A line that starts like a time is one, and must be well formed.
            DateTime? time = TimeLike().IsMatch(item.Text) ? ReadTimestamp(reader, "a MORE ABOUT item's time") : null;
            var headline = reader.Expect("a MORE ABOUT item's headline");
            if (Timestamp().IsMatch(headline) || IsSectionHeader(headline))
            {
                throw reader.Error("expected a headline after the MORE ABOUT item's time");
            }

            Fitting(reader, headline, FieldLengths.Headline, "a MORE ABOUT item's headline");
            // The wire repeats each headline as the caption of its thumbnail.
            if (NextListItem(reader)?.Text == headline)
            {
                reader.Next();
            }

            briefs.Add(new WireBrief(time, headline));
        }

        return briefs;
    }

    /// <summary>
    /// The next line of a list, past any adverts: the wire shows them between a list's items as it does between
    /// paragraphs, and the list goes on after them (the page was refused at the item after one). Null where the list ends.
    /// </summary>
    private static (int Number, string Text)? NextListItem(LineReader reader)
    {
        while (reader.Peek() is { } line && SectionHeader(line.Text) == AdHeader)
        {
            reader.Next();
        }

        return reader.Peek() is { } next && !IsListHeader(next.Text) ? next : null;
    }

    /// <summary>
    /// The headlines of a list without times. A time there is refused rather than kept: taken as a headline it became a
    /// story called "19:00 01.06.2025" on the front page, and it is most often a MORE ABOUT item pasted under the wrong list.
    /// </summary>
    private static List<string> ReadHeadlines(LineReader reader, string list)
    {
        List<string> headlines = [];
        while (NextListItem(reader) is { } line)
        {
            reader.Next();
            if (Timestamp().IsMatch(line.Text))
            {
                throw reader.Error($"expected a headline under {list}, found the time \"{line.Text}\" ({list} lists headlines without times)");
            }

            Fitting(reader, line.Text, FieldLengths.Headline, "a listed headline");
            if (!headlines.Contains(line.Text, StringComparer.Ordinal))
            {
                headlines.Add(line.Text);
            }
        }

        return headlines;
    }

    /// <summary>
    /// The text, when the store can keep it whole. Checked here, where the file and line are known: SQLite would keep
    /// a longer text, and PostgreSQL stop the import with an error that names neither.
    /// </summary>
    private static string Fitting(LineReader reader, string text, int limit, string what) =>
        text.Length <= limit
            ? text
            : throw reader.Error(string.Create(CultureInfo.InvariantCulture, $"{what} is {text.Length:N0} characters long; the store keeps at most {limit:N0}"));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^date\s+(?<date>\S+)\s+(?<section>\S.*)$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?<minutes>\d{1,3})\s+min\s+read$")]
    private static partial Regex MinRead();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex TagSeparators();

    [GeneratedRegex(@"^\d{2}:\d{2}\s+\d{2}\.\d{2}\.\d{4}$")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^\d{1,2}:\d{2}(\s|$)")]
    private static partial Regex TimeLike();
}
