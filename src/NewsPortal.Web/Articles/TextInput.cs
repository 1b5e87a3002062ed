using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace NewsPortal.Web.Articles;

/// <summary>
/// Text from outside (a form, a wire file, a search box) made fit to keep: control characters, which word processors
/// leave in pasted text (a vertical tab for a line break), and code points that are not characters (U+FFFE, a lone
/// surrogate) are taken out. XML feeds cannot carry them and Unicode normalisation refuses them, so one such character
/// would otherwise break every feed or page that shows the text. Invisible format characters go too: a bidi override
/// (U+202E) shows the text, and whatever the page puts after it on the line, reversed, and a zero-width space or a
/// byte order mark makes a headline that looks empty but is not.
/// </summary>
public static class TextInput
{
    private const int ZeroWidthNonJoiner = 0x200C;
    private const int ZeroWidthJoiner = 0x200D;
    private const int WavingBlackFlag = 0x1F3F4;

    /// <summary>One line of text: line breaks and tabs become spaces.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Line(string? text) => text is null ? null : Clean(text, multiline: false);

    /// <summary>Text that may have several lines: line breaks are kept, as "\n".</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Lines(string? text) => text is null ? null : Clean(text, multiline: true);

    /// <summary>
    /// Text as a form sent it, less what no page can write back into the form's field (HTML has no way to carry a
    /// control character or a lone surrogate): line breaks are kept, as "\n", and tabs too. Format characters stay,
    /// for the field's own checks to refuse (an email) or for <see cref="Line"/> and <see cref="Lines"/> to take out.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Typed(string? text) => text is null ? null : Clean(text, multiline: true, keepsFormat: true);

    /// <summary>
    /// Whether a reader would see nothing of the text: it has only spaces, format characters, combining marks with no
    /// letter to sit on, and the blank "letters" (Hangul fillers, the blank Braille pattern) that look like spaces.
    /// </summary>
    public static bool IsBlank([NotNullWhen(false)] string? text)
    {
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (IsVisible(rune) && CharUnicodeInfo.GetUnicodeCategory(rune.Value) is not (UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                && rune.Value is not (0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800))
            {
                return false;
            }
        }

        return true;
    }

    private static string Clean(string text, bool multiline, bool keepsFormat = false)
    {
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        var last = new Rune(' ');
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(rest, out var rune, out var length);
            var original = rest[..length];
            rest = rest[length..];
            var kept = status == OperationStatus.Done ? Keep(rune, last, rest, multiline, keepsFormat) : null;
            if (kept == rune)
            {
                clean.Append(original);
            }
            else if (kept is not null)
            {
                clean.Append(kept.Value.ToString());
            }

            last = kept ?? last;
        }

        return clean.ToString();
    }

    /// <summary>What stands for the character in clean text, or null when nothing does.</summary>
    private static Rune? Keep(Rune rune, Rune last, ReadOnlySpan<char> next, bool multiline, bool keepsFormat)
    {
        var c = rune.Value;
        if (c == '\r')
        {
            // "\r\n" and a lone "\r" are both one line break.
            return next.StartsWith("\n", StringComparison.Ordinal) ? null : LineBreak(multiline);
        }

        if (c is '\n' or '\v' or '\f' or 0x85 or 0x2028 or 0x2029)
        {
            return LineBreak(multiline);
        }

        if (c == '\t')
        {
            return new Rune(multiline ? '\t' : ' ');
        }

        if (c < ' ' || c is >= 0x7F and <= 0x9F || IsNoncharacter(c))
        {
            return null;
        }

        if (keepsFormat || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format || IsVisibleFormat(c))
        {
            return rune;
        }

        // Joiners shape letters (ZWNJ in Persian) and emoji (ZWJ in 👩‍💻) inside a word; elsewhere they join nothing.
        // Tag characters spell out the subdivision flags (🏴 + "gbsct" for Scotland).
        var joins = c is ZeroWidthNonJoiner or ZeroWidthJoiner && IsVisible(last)
                && Rune.DecodeFromUtf16(next, out var following, out _) == OperationStatus.Done && IsVisible(following)
            || c is >= 0xE0020 and <= 0xE007F && (last.Value == WavingBlackFlag || last.Value is >= 0xE0020 and <= 0xE007E);
        return joins ? rune : null;
    }

    private static Rune LineBreak(bool multiline) => new(multiline ? '\n' : ' ');

    private static bool IsVisible(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && CharUnicodeInfo.GetUnicodeCategory(rune.Value) is not (UnicodeCategory.Format or UnicodeCategory.Control);

    // Format characters that are drawn: the Arabic and Syriac signs that span the number after them (U+0600 "Arabic
    // number sign") and the Kaithi number signs.
    private static bool IsVisibleFormat(int c) => c is >= 0x0600 and <= 0x0605 or 0x06DD or 0x070F or 0x0890 or 0x0891 or 0x08E2 or 0x110BD or 0x110CD;

    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            // Anything past ASCII that might need a look (a surrogate, a format character) sends the text the long way.
            if (c < ' ' && c != '\n' || c >= '\u007F' && (c <= '\u009F' || char.IsSurrogate(c) || IsNoncharacter(c)
                    || c is '\u2028' or '\u2029' || char.GetUnicodeCategory(c) == UnicodeCategory.Format))
            {
                return false;
            }
        }

        return true;
    }

    // U+FDD0..U+FDEF and the last two code points of every plane are "noncharacters", never to be interchanged.
    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
