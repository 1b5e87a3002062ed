using System.Text;
using System.Text.RegularExpressions;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Search;

/// <summary>
/// The passage under a search result: the words of the story around its matches, as the reader sees them on the
/// page. The stores mark the matches in the whole body, which is read as Markdown (its paragraph with the most of the
/// searched words, whole, so that emphasis, links, images, tables and autolinks are read as such) before the passage
/// is cut from its plain text. Cut from the Markdown, passages showed "&lt;https://…&gt;", "](" and "**" raw.
/// </summary>
public static partial class SearchPassage
{
    /// <summary>How many words a passage holds.</summary>
    public const int Words = 24;

    /// <summary>How many words a passage shows before its first match, so that the match is read in its sentence.</summary>
    private const int WordsBeforeMatch = 4;

    // The marks while the text is read as Markdown: private-use characters, which Markdown takes as letters, also in
    // an autolink's address, which the control characters the stores mark with would end.
    private const char Start = '\uE000';
    private const char End = '\uE001';

    /// <summary>The passage of a body whose matched words are marked (<see cref="HighlightedText.Start"/> to <see cref="HighlightedText.End"/>).</summary>
    public static HighlightedText FromMarkedBody(string markedMarkdown)
    {
        var markdown = (markedMarkdown ?? "").Replace(Start.ToString(), "", StringComparison.Ordinal).Replace(End.ToString(), "", StringComparison.Ordinal)
            .Replace(HighlightedText.Start[0], Start).Replace(HighlightedText.End[0], End);
        // A match in what the page does not show, such as a link's address, is left with no mark.
        var words = Paired(BodyRenderer.PlainText(BestParagraph(markdown))).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = BestStart(words);
        var shown = words.Skip(first).Take(Words).ToList();
        var passage = (first > 0 ? "…" : "") + string.Join(' ', shown) + (first + shown.Count < words.Length ? "…" : "");
        return HighlightedText.FromMarked(passage.Replace(Start, HighlightedText.Start[0]).Replace(End, HighlightedText.End[0]));
    }

    // Only paragraphs with a match are weighed (a long story has dozens); with none, the story's first paragraph.
    private static string BestParagraph(string markdown)
    {
        var paragraphs = BlankLine().Split(markdown.ReplaceLineEndings("\n"));
        return paragraphs.Where(paragraph => paragraph.Contains(Start, StringComparison.Ordinal))
            .MaxBy(paragraph => MatchedWords(paragraph).Count) ?? paragraphs[0];
    }

    // The start, at or a few words before a match, of the passage that shows the most different matched words.
    private static int BestStart(string[] words)
    {
        var starts = Enumerable.Range(0, words.Length).Where(i => words[i].Contains(Start, StringComparison.Ordinal))
            .Select(i => Math.Max(0, i - WordsBeforeMatch)).Distinct().ToList();
        return starts.Count == 0 ? 0 : starts.MaxBy(start => MatchedWords(string.Join(' ', words.Skip(start).Take(Words))).Count);
    }

    private static HashSet<string> MatchedWords(string text) =>
        MarkedWord().Matches(text).Select(match => match.Groups[1].Value.ToUpperInvariant()).ToHashSet();

    /// <summary>The text with each start mark kept only where its end mark is the next mark, and each end only after its start.</summary>
    private static string Paired(string text)
    {
        var paired = new StringBuilder(text.Length);
        var open = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Start)
            {
                var next = text.IndexOfAny([Start, End], i + 1);
                open = next >= 0 && text[next] == End;
                if (!open)
                {
                    continue;
                }
            }
            else if (c == End)
            {
                if (!open)
                {
                    continue;
                }

                open = false;
            }

            paired.Append(c);
        }

        return paired.ToString();
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex("\uE000([^\uE000\uE001]*)\uE001")]
    private static partial Regex MarkedWord();
}
