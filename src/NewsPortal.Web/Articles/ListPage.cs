namespace NewsPortal.Web.Articles;

/// <summary>Where a page of a list starts: at the top, just past a cursor going older, or just before it going newer.</summary>
public readonly record struct ListPosition<TCursor>(TCursor? OlderThan, TCursor? NewerThan)
    where TCursor : struct
{
    public bool IsTop => OlderThan is null && NewerThan is null;
}

/// <summary>
/// One page of a list read from a position. The cursors lead to the neighbouring pages and are null where the
/// list ends; the first page of a list has no newer cursor.
/// </summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, string? NewerCursor, string? OlderCursor)
{
    /// <summary>Whether this is the list's first page: read from the top, or reached going newer up to the newest story.</summary>
    public bool IsFirst => NewerCursor is null;
}

public static class ListPages
{
    /// <summary>
    /// Builds a page from up to <paramref name="pageSize"/> + 1 items read in the page's direction (newest first when
    /// going older, oldest first when going newer); the extra item only tells whether the list goes on.
    /// </summary>
    public static ListPage<T> From<T, TCursor>(List<T> read, int pageSize, ListPosition<TCursor> position, Func<T, string> cursorOf)
        where TCursor : struct
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(cursorOf);
        var goesOn = read.Count > pageSize;
        var items = read.Take(pageSize).ToList();
        var newer = position.NewerThan is not null;
        if (newer)
        {
            items.Reverse();
        }

        if (items.Count == 0)
        {
            return new ListPage<T>(items, null, null);
        }

        var hasNewer = newer ? goesOn : !position.IsTop;
        var hasOlder = newer || goesOn;
        return new ListPage<T>(items, hasNewer ? cursorOf(items[0]) : null, hasOlder ? cursorOf(items[^1]) : null);
    }
}

/// <summary>Reads a cursor from a link; false for anything that is not one.</summary>
public delegate bool CursorParser<TCursor>(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TCursor? cursor)
    where TCursor : struct;
