using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Pages;

/// <summary>A sentence for the reader about why a request failed, carried to the status page.</summary>
public sealed record ReaderErrorMessage(string Text);

public static class ReaderErrors
{
    /// <summary>Answers with a status code; the status page shows <paramref name="message"/> with it.</summary>
    public static StatusCodeResult ReaderError(this PageModel page, int statusCode, string message)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.HttpContext.Features.Set(new ReaderErrorMessage(message));
        return new StatusCodeResult(statusCode);
    }

    /// <summary>
    /// Reads <c>?page=N</c>. Missing means the first page; anything but a whole number from 1 up, spelt as the pager
    /// writes it (<see cref="QueryNumber"/>), is an error, never a silent first page.
    /// </summary>
    public static bool TryReadPageNumber(string? text, out int page, out string error)
    {
        page = 1;
        error = text is null || QueryNumber.TryRead(text, 1, int.MaxValue, out page) ? ""
            : QueryNumber.Respelling(text, 1, int.MaxValue) is { } digits ? $"Write the page number as {digits}, as in ?page={digits}."
            : "The page number must be a whole number from 1 up, as in ?page=2.";
        return error.Length == 0;
    }

    public static string PastTheEnd(int page) => $"There is no page {page} of this list.";

    /// <summary>
    /// Reads a list position from <c>?before=</c> (older than) or <c>?after=</c> (newer than). Neither means the top
    /// of the list; both, or a cursor that is not one of ours, is an error.
    /// </summary>
    public static bool TryReadPosition<TCursor>(string? before, string? after, CursorParser<TCursor> parse, out ListPosition<TCursor> position, out string error)
        where TCursor : struct
    {
        ArgumentNullException.ThrowIfNull(parse);
        position = default;
        error = "This link to older or newer stories is not valid; start again from the first page of the list.";
        TCursor? olderThan = null, newerThan = null;
        if ((before is not null && after is not null)
            || (before is not null && !parse(before, out olderThan))
            || (after is not null && !parse(after, out newerThan)))
        {
            return false;
        }

        position = new ListPosition<TCursor>(olderThan, newerThan);
        error = "";
        return true;
    }

    public const string NothingPastThisPoint = "This list has no stories past that point; it may have changed since the link was made.";
}
