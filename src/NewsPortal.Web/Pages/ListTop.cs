using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Pages;

/// <summary>
/// The top of a list reached going Newer (<c>?after=</c>). Read from a cursor, it holds only the stories newer than
/// that cursor, fewer than the first page when stories were published or withdrawn since the reader went down, or when
/// the walk started from a story's own place rather than from the top; none at all when every story above the
/// reader's page was taken down. Such a step is answered with a temporary redirect
/// to the list's own address rather than with the first page in place: the reader gets the real first page under the one
/// address worth keeping or sharing, the output cache keeps one copy of the first page instead of one per cursor, and
/// search engines find no second address for it. Temporary, because the same cursor leads to a page of its own once
/// enough newer stories are published.
/// </summary>
public static class ListTop
{
    public static bool ReachedGoingNewer<T, TCursor>(ListPage<T> page, ListPosition<TCursor> position)
        where TCursor : struct
    {
        ArgumentNullException.ThrowIfNull(page);
        return position.NewerThan is not null && page.IsFirst;
    }
}
