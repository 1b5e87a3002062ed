using System.ComponentModel.DataAnnotations;

namespace NewsPortal.Web.Newsroom;

/// <summary>The "Newsroom" configuration section: who the site is and how its pages are laid out.</summary>
public sealed class NewsroomOptions
{
    public const string Section = "Newsroom";

    [Required, MaxLength(100)]
    public string SiteName { get; set; } = "NewsPortal";

    /// <summary>IANA id of the zone in which the newsroom writes and readers see times.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Kyiv";

    /// <summary>BCP 47 language of the content, for the html lang attribute.</summary>
    [Required, RegularExpression("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    public string Language { get; set; } = "en";

    /// <summary>
    /// The site's public address, used for canonical links. When empty the request's own host is used,
    /// which is fine behind a proxy that sets the Host header and wrong on a shared host: set it in production.
    /// </summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>Markup of the advert under each story, from the site's operator; the slot stays empty without it.</summary>
    public string? AdSlotHtml { get; set; }

    [Range(1, 100)]
    public int PageSize { get; set; } = 20;

    [Range(1, 50)]
    public int MoreAboutCount { get; set; } = 10;

    [Range(1, 50)]
    public int HotNewsCount { get; set; } = 5;

    [Range(1, 50)]
    public int LatestCount { get; set; } = 10;

    /// <summary>
    /// Search results and tag pages count stories up to this many and then say "more than": an exact count of a
    /// common word or a big tag reads every matching story, which on a large archive cost more than the page itself.
    /// </summary>
    [Range(1, 1_000_000)]
    public int CountLimit { get; set; } = 1000;

    /// <summary>How far ahead, in calendar months, a story may be scheduled: a later time is a typing slip (a year of 2205).</summary>
    [Range(1, 120)]
    public int ScheduleMonthsAhead { get; set; } = 12;
}
