namespace NewsPortal.Web.Articles;

/// <summary>
/// Shapes of Markdown no story needs that cost the renderer far more than their length. Measured on 200,000
/// characters (Markdig 1.6, HtmlSanitizer 10), each took from two seconds to over a minute of a core per preview
/// or save; within these limits the worst of them takes about a second, and a real story a few milliseconds.
/// </summary>
public static class BodyLimits
{
    /// <summary>A link's address is read up to white space from every <c>[…](</c> in a run: quadratic in the run.</summary>
    public const int MaxUnbrokenRun = 2_000;

    /// <summary>A repeated heading's anchor is numbered by trying -1, -2, … in turn: quadratic in the repeats.</summary>
    public const int MaxHeadings = 500;

    /// <summary>Every <c>www.</c> and <c>://</c> is tried as a link, at a cost growing faster than their number.</summary>
    public const int MaxWebAddresses = 5_000;

    /// <summary>The sanitiser's work grows faster than the number of elements (paragraphs, list items, cells, links).</summary>
    public const int MaxHtmlTags = 40_000;

    /// <summary>What in the Markdown is over a limit, in words for the editor; null when nothing is.</summary>
    public static string? ProblemWith(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var (runStart, runLength) = LongestUnbrokenRun(markdown);
        if (runLength > MaxUnbrokenRun)
        {
            var start = markdown.Substring(runStart, 30);
            return $"The body has {runLength:N0} characters in a row without a space (from \"{start}…\"); at most {MaxUnbrokenRun:N0} can be shown. Break them up, or shorten the link.";
        }

        var headings = markdown.Split('\n').Count(IsHeadingLine);
        if (headings > MaxHeadings)
        {
            return $"The body has {headings:N0} headings; a story can have at most {MaxHeadings:N0}.";
        }

        var addresses = Occurrences(markdown, "www.") + Occurrences(markdown, "://");
        return addresses > MaxWebAddresses
            ? $"The body has {addresses:N0} web addresses; a story can have at most {MaxWebAddresses:N0}."
            : null;
    }

    /// <summary>Whether the HTML Markdig made of a body has more elements than can be checked in good time.</summary>
    public static string? ProblemWithHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        // Markdig writes every '<' of the text as &lt;, so each one left is a tag.
        return html.AsSpan().Count('<') > MaxHtmlTags
            ? $"The body has more paragraphs, list items, table cells, links and other parts than a story can show ({MaxHtmlTags / 2:N0} at most). Split it into more than one story."
            : null;
    }

    private static (int Start, int Length) LongestUnbrokenRun(string text)
    {
        var (bestStart, bestLength, start) = (0, 0, 0);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]))
            {
                if (i - start > bestLength)
                {
                    (bestStart, bestLength) = (start, i - start);
                }

                start = i + 1;
            }
        }

        return (bestStart, bestLength);
    }

    // A heading line, also inside quotes and lists: "# …" (ATX), or a line of '=' or '-' under text (setext). Every
    // line of dashes counts, rules included: the count only needs to be an upper bound.
    private static bool IsHeadingLine(string line)
    {
        var inQuote = line.TrimStart(' ', '\t', '>').TrimEnd();
        if (inQuote.Length > 0 && inQuote.All(c => c is '=' or '-' or ' ' or '\t'))
        {
            return true;
        }

        var text = inQuote.TrimStart(' ', '\t', '>', '-', '*', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ')');
        var hashes = text.Length - text.TrimStart('#').Length;
        return hashes is >= 1 and <= 6 && (text.Length == hashes || text[hashes] is ' ' or '\t');
    }

    private static int Occurrences(string text, string value)
    {
        var (count, at) = (0, 0);
        while ((at = text.IndexOf(value, at, StringComparison.Ordinal)) >= 0)
        {
            (count, at) = (count + 1, at + value.Length);
        }

        return count;
    }
}
