using System.Globalization;
using Microsoft.Extensions.Options;

namespace NewsPortal.Web.Newsroom;

/// <summary>The site's sense of time: "now" from the injected <see cref="TimeProvider"/>, shown in the newsroom's zone.</summary>
public sealed class NewsroomClock(TimeProvider time, IOptions<NewsroomOptions> options)
{
    /// <summary>How the wire and the site write a moment: <c>16:27 07.03.2025</c>.</summary>
    public const string DisplayFormat = "HH:mm dd.MM.yyyy";

    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A wall-clock time in the newsroom's zone as UTC; a time skipped by a clock change moves forward.</summary>
    public DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }

    public string Display(DateTime utc) => ToLocal(utc).ToString(DisplayFormat, CultureInfo.InvariantCulture);
}
