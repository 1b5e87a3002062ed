using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsPortal.Web.Articles;

/// <summary>
/// Text from outside (a form, a wire file, a search box) made fit to keep: control characters, which word processors
/// leave in pasted text (a vertical tab for a line break), and code points that are not characters (U+FFFE, a lone
/// surrogate) are taken out. XML feeds cannot carry them and Unicode normalisation refuses them, so one such character
/// would otherwise break every feed or page that shows the text.
/// </summary>
public static class TextInput
{
    /// <summary>One line of text: line breaks and tabs become spaces.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Line(string? text) => text is null ? null : Clean(text, multiline: false);

    /// <summary>Text that may have several lines: line breaks are kept, as "\n".</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Lines(string? text) => text is null ? null : Clean(text, multiline: true);

    private static string Clean(string text, bool multiline)
    {
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    clean.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (c == '\r')
            {
                // "\r\n" and a lone "\r" are both one line break.
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    clean.Append(multiline ? '\n' : ' ');
                }
            }
            else if (c is '\n' or '\v' or '\f' or '\u0085')
            {
                clean.Append(multiline ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                clean.Append(multiline ? '\t' : ' ');
            }
            else if (!IsUnwanted(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c != '\n' || c is >= '\u007F' and <= '\u009F' || c >= '\uD800')
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    && !IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    i++;
                    continue;
                }

                if (c >= '\uE000' && !IsNoncharacter(c))
                {
                    continue;
                }

                return false;
            }
        }

        return true;
    }

    private static bool IsUnwanted(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || IsNoncharacter(c);

    // U+FDD0..U+FDEF and the last two code points of every plane are "noncharacters", never to be interchanged.
    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
