using System.Text;
using System.Text.RegularExpressions;

namespace NewsPortal.Web.Articles;

/// <summary>Turns plain wire text into Markdown that renders back to exactly that text, its web and e-mail addresses as links.</summary>
public static partial class MarkdownText
{
    // Characters with inline meaning anywhere in a line.
    private const string InlineSpecials = "\\`*_[]<>&!|~";

    // Punctuation that ends a sentence around an address rather than belonging to it.
    private const string TrailingPunctuation = ".,:;!?'\"*_~»”’";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        var done = 0;
        foreach (Match candidate in LinkedAddress().Matches(text))
        {
            var address = candidate.Value[..AddressLength(candidate.Value)];
            AppendEscaped(escaped, text.AsSpan(done, candidate.Index - done));
            AppendLink(escaped, address);
            done = candidate.Index + address.Length;
        }

        AppendEscaped(escaped, text.AsSpan(done));

        // A line that starts like a heading, quote, list item or rule would turn into that block; and a line break
        // stays one (a backslash before it is Markdown's hard break), as wire copy breaks lines on purpose.
        return BlockStart().Replace(escaped.ToString(), match => match.Value[..^1] + "\\" + match.Value[^1])
            .Replace("\n", "\\\n", StringComparison.Ordinal);
    }

    private static void AppendEscaped(StringBuilder escaped, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (InlineSpecials.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }
    }

    /// <summary>
    /// An address is written as an explicit link: left to the autolinker, its escaped underscores and stars would
    /// be shown and sent as backslashes, and unescaped they could turn into emphasis where the autolinker does not
    /// start (after a quote mark).
    /// </summary>
    private static void AppendLink(StringBuilder escaped, string address)
    {
        if (address.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && !address.Contains('@', StringComparison.Ordinal))
        {
            escaped.Append('[');
            AppendEscaped(escaped, address);
            escaped.Append("](<http://").Append(address).Append(">)");
        }
        else
        {
            escaped.Append('<').Append(address).Append('>');
        }
    }

    /// <summary>How much of a candidate is the address: not the sentence's punctuation, nor a bracket it did not open.</summary>
    private static int AddressLength(string candidate)
    {
        var length = candidate.Length;
        while (true)
        {
            var last = candidate[length - 1];
            if (TrailingPunctuation.Contains(last, StringComparison.Ordinal)
                || (last == ')' && Count(candidate, length, '(') < Count(candidate, length, ')')))
            {
                length--;
                continue;
            }

            return length;
        }
    }

    private static int Count(string text, int length, char c) => text.AsSpan(0, length).Count(c);

    // An address the reader would click: a scheme or "www." and a host that starts with a letter or digit (so
    // trimming punctuation never leaves the scheme alone). Markdown's own links may not hold spaces, angle brackets
    // or control characters, so neither does this.
    // An e-mail address is one too, written as Markdown's autolinks take it (ASCII), so that it opens a new message.
    [GeneratedRegex(@"(?:https?://|www\.)[\p{L}\p{N}][^\s<>\p{Cc}]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedAddress();

    [GeneratedRegex(@"^\s{0,3}(?:[#>+=-]|\d{1,9}[.)])", RegexOptions.Multiline)]
    private static partial Regex BlockStart();
}
