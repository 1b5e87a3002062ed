using System.Text;

namespace NewsPortal.Web.Articles;

/// <summary>When two spellings of a headline or a tag name are the same words.</summary>
public static class SameText
{
    /// <summary>
    /// The text with the differences that do not make it other words taken out: letter case, runs of white space, and
    /// the several ways people and wire copy type apostrophes, quotation marks and dashes.
    /// </summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new StringBuilder(text.Length);
        foreach (var c in TextInput.Line(text).Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                if (key.Length > 0 && key[^1] != ' ')
                {
                    key.Append(' ');
                }

                continue;
            }

            key.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' or '\u2011' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return key.ToString().TrimEnd();
    }
}
