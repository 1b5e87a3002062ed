using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsPortal.Web.Articles;

/// <summary>
/// A story's place in a newest-first list: its publish time, then its id for stories of the same moment. Lists
/// page by cursor ("older than this story") rather than by page number, so the 500th page costs what the first does.
/// </summary>
public readonly record struct StoryCursor(DateTime PublishedAt, int Id)
{
    // Trailing zeros of the fraction are dropped: most stories are published on the minute.
    private const string TimeFormat = "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ";

    public static StoryCursor Of(StoryLink story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new StoryCursor(story.ListedAt, story.Id);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PublishedAt.ToString(TimeFormat, CultureInfo.InvariantCulture)}_{Id}");

    public static bool TryParse(string? text, [NotNullWhen(true)] out StoryCursor? cursor)
    {
        cursor = null;
        var separator = text?.LastIndexOf('_') ?? -1;
        if (separator < 0
            || !DateTime.TryParseExact(text.AsSpan(0, separator), TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var publishedAt)
            || !int.TryParse(text.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || id < 1)
        {
            return false;
        }

        // Only the form the site writes: one list position has one address (the number parser would also take a
        // trailing NUL, a leading zero or a written-out fraction of zeros, each another cache entry for the same page).
        var parsed = new StoryCursor(DateTime.SpecifyKind(publishedAt, DateTimeKind.Utc), id);
        cursor = parsed.ToString() == text ? parsed : null;
        return cursor is not null;
    }
}
