using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Import;

/// <summary>
/// A wire story's paragraphs as the Markdown of its body: the text shows as the wire wrote it, line breaks included,
/// except that lines written as a list ("- item", "• item", "* item", "1. item", "1) item") become one.
/// </summary>
internal static partial class WireBody
{
    public static string Markdown(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var lines = ListRuns(Lines(paragraphs));
        List<string> blocks = [];
        char? lastListMarker = null;
        for (var start = 0; start < lines.Count;)
        {
            int end;
            if (lines[start].Item is { } first)
            {
                end = ListEnd(lines, start);
                // Two lists in a row are told apart by their markers; with the same one Markdown would make them one list.
                var marker = first.MarkdownMarker(avoid: lastListMarker);
                blocks.Add(string.Join('\n', lines[start..end].Select(line => line.Item!.Markdown(marker))));
                lastListMarker = marker;
            }
            else
            {
                end = start + 1;
                while (end < lines.Count && lines[end].Item is null && lines[end].Paragraph == lines[start].Paragraph)
                {
                    end++;
                }

                blocks.Add(MarkdownText.Escape(string.Join('\n', lines[start..end].Select(line => line.Text))));
                lastListMarker = null;
            }

            start = end;
        }

        return string.Join("\n\n", blocks);
    }

    private static List<WireLine> Lines(IReadOnlyList<string> paragraphs) =>
        paragraphs.SelectMany((paragraph, index) => paragraph.Split('\n').Select(text => new WireLine(index, text, ListItem.From(text)))).ToList();

    /// <summary>
    /// The lines, with an item kept only where it belongs to a run of two or more. One line alone is not a list: a
    /// paragraph may start with a number and a full stop, or with the dash of a quoted remark. A run may go on past a
    /// blank line, as wire copy sometimes sets its items apart.
    /// </summary>
    private static List<WireLine> ListRuns(List<WireLine> lines)
    {
        for (var start = 0; start < lines.Count;)
        {
            var end = lines[start].Item is null ? start + 1 : ListEnd(lines, start);
            if (end - start == 1)
            {
                lines[start] = lines[start] with { Item = null };
            }

            start = end;
        }

        return lines;
    }

    /// <summary>Where the list whose first item is at <paramref name="start"/> ends.</summary>
    private static int ListEnd(List<WireLine> lines, int start)
    {
        var end = start + 1;
        while (end < lines.Count && lines[end].Item is { } next && next.Follows(lines[end - 1].Item!))
        {
            end++;
        }

        return end;
    }

    private sealed record WireLine(int Paragraph, string Text, ListItem? Item);

    /// <summary>A line written as a list item: its marker (a bullet, or the "." or ")" after its number) and text.</summary>
    private sealed partial record ListItem(char Marker, int? Number, string Text)
    {
        public static ListItem? From(string line)
        {
            var match = ItemLine().Match(line);
            if (!match.Success)
            {
                return null;
            }

            return match.Groups["number"].Success
                ? new ListItem(match.Groups["delimiter"].Value[0], int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture), match.Groups["text"].Value)
                : new ListItem(match.Groups["bullet"].Value[0], null, match.Groups["text"].Value);
        }

        /// <summary>
        /// Whether this item carries on the list of <paramref name="previous"/>: the same bullet, or the next number, so
        /// that the list shows the numbers the wire gave.
        /// </summary>
        public bool Follows(ListItem previous) =>
            Marker == previous.Marker && (Number is not { } number || number == previous.Number + 1);

        public char MarkdownMarker(char? avoid) => Number is null
            ? (avoid == '-' ? '*' : '-')
            : (avoid == '.' ? ')' : '.');

        public string Markdown(char marker) =>
            new StringBuilder()
                .Append(Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : "")
                .Append(marker).Append(' ')
                .Append(MarkdownText.Escape(Text))
                .ToString();

        // Up to nine digits, as Markdown reads them; a space must follow the marker ("-5 °C" and "1.5 million" are text).
        [GeneratedRegex(@"^(?:(?<bullet>[-•*])|(?<number>\d{1,9})(?<delimiter>[.)]))\s+(?<text>\S.*)$")]
        private static partial Regex ItemLine();
    }
}
