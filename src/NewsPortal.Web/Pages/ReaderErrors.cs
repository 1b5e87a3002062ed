using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

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
    /// Reads <c>?page=N</c>. Missing means the first page; anything but a whole number from 1 up is an error,
    /// never a silent first page.
    /// </summary>
    public static bool TryReadPageNumber(ModelStateDictionary modelState, int? pageNumber, out int page, out string error)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        page = pageNumber ?? 1;
        error = modelState.IsValid && page >= 1 ? "" : "The page number must be a whole number from 1 up, as in ?page=2.";
        return error.Length == 0;
    }

    public static string PastTheEnd(int page) => $"There is no page {page} of this list.";
}
