using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Search;

/// <summary>
/// A result's place in a ranked list: its rank, then the story's own place for equal ranks. The rank is written
/// in round-trip form so that the next page's query compares it exactly.
/// </summary>
public readonly record struct SearchCursor(double Rank, StoryCursor Story)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Rank.ToString("R", CultureInfo.InvariantCulture)}_{Story}");

    public static bool TryParse(string? text, [NotNullWhen(true)] out SearchCursor? cursor)
    {
        cursor = null;
        var separator = text?.IndexOf('_', StringComparison.Ordinal) ?? -1;
        if (separator < 0
            || !double.TryParse(text.AsSpan(0, separator), NumberStyles.Float, CultureInfo.InvariantCulture, out var rank)
            || !double.IsFinite(rank)
            || !StoryCursor.TryParse(text![(separator + 1)..], out var story))
        {
            return false;
        }

        cursor = new SearchCursor(rank, story.Value);
        return true;
    }
}
