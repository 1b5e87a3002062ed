using System.Globalization;
using Microsoft.AspNetCore.Html;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Pages;

/// <summary>
/// <c>@Clock.TimeElement(utc)</c> renders a stored UTC moment as
/// <c>&lt;time datetime="2025-03-07T14:27:00Z"&gt;16:27 07.03.2025&lt;/time&gt;</c>, in the newsroom's zone, and
/// nothing for a story whose time is unknown. A plain helper rather than a tag helper: a page's lists call it dozens
/// of times, and a tag helper costs a context, an output and its attributes each time.
/// </summary>
public static class NewsTime
{
    public static IHtmlContent TimeElement(this NewsroomClock clock, DateTime? utc)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (utc is not { } moment)
        {
            return HtmlString.Empty;
        }

        // Both texts are fixed numeric formats of a DateTime: nothing in them needs encoding.
        var machine = moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new HtmlString($"<time datetime=\"{machine}\">{clock.Display(moment)}</time>");
    }
}
