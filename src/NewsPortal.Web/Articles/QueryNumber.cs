using System.Globalization;

namespace NewsPortal.Web.Articles;

/// <summary>
/// A whole number read from a query, as in <c>?page=2</c>. Only the spelling the site writes is taken: 01, +1 or " 1"
/// would each be another address of the same page, and another copy of it in the output cache. Refused as a cursor
/// spelt another way is (<see cref="StoryCursor.TryParse"/>).
/// </summary>
public static class QueryNumber
{
    public static bool TryRead(string? text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
        && value >= min && value <= max
        && value.ToString(CultureInfo.InvariantCulture) == text;

    /// <summary>The site's spelling of a number in range sent another way (01, +1, " 1"), to name in the refusal; else null.</summary>
    public static string? Respelling(string? text, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;
}
