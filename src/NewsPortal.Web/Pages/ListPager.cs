namespace NewsPortal.Web.Pages;

/// <summary>Links from a page of a list to its neighbours; the top of the list is the list's own address.</summary>
public sealed record ListPager(string Path, string? NewerCursor, string? OlderCursor, string NewerLabel = "Newer", string OlderLabel = "Older")
{
    public string? NewerHref => NewerCursor is null ? null : With("after", NewerCursor);
    public string? OlderHref => OlderCursor is null ? null : With("before", OlderCursor);

    /// <summary>
    /// The one address of the page that starts at the given position. Going newer never shows the first page under
    /// <c>?after=</c>: that step is sent to the list's own address (see <see cref="ListTop"/>).
    /// </summary>
    public string CanonicalHref(string? before, string? after) =>
        before is not null ? With("before", before) : after is not null ? With("after", after) : Path;

    private string With(string key, string cursor) =>
        $"{Path}{(Path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{key}={Uri.EscapeDataString(cursor)}";
}
