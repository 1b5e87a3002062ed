using System.Text;
using System.Text.RegularExpressions;

namespace NewsPortal.Web.Articles;

/// <summary>Turns plain wire text into Markdown that renders back to exactly that text.</summary>
public static partial class MarkdownText
{
    // Characters with inline meaning anywhere in a line.
    private const string InlineSpecials = "\\`*_[]<>&!|~";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (InlineSpecials.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        // A line that starts like a heading, quote, list item or rule would turn into that block; and a line break
        // stays one (a backslash before it is Markdown's hard break), as wire copy breaks lines on purpose.
        return BlockStart().Replace(escaped.ToString(), match => match.Value[..^1] + "\\" + match.Value[^1])
            .Replace("\n", "\\\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s{0,3}(?:[#>+=-]|\d{1,9}[.)])", RegexOptions.Multiline)]
    private static partial Regex BlockStart();
}
