using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Pages;

/// <summary>
/// <c>&lt;news-time utc="…"&gt;</c> renders a stored UTC moment as
/// <c>&lt;time datetime="2025-03-07T14:27Z"&gt;16:27 07.03.2025&lt;/time&gt;</c>, in the newsroom's zone.
/// Renders nothing for a story whose time is unknown.
/// </summary>
[HtmlTargetElement("news-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NewsTimeTagHelper(NewsroomClock clock) : TagHelper
{
    public DateTime? Utc { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Utc is not { } utc)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        output.Content.SetContent(clock.Display(utc));
    }
}
