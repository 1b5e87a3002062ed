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

    /// <summary>
    /// A wall-clock time in the newsroom's zone as UTC. A time skipped by a clock change moves forward (the editor's
    /// form refuses it first, see <see cref="SkippedStretch"/>). A time that comes twice when the clocks go back is
    /// taken the first time, in summer time: one rule for the repeated hour, and a scheduled story then goes live no
    /// later than either reading of its time.
    /// </summary>
    public DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        if (Zone.IsAmbiguousTime(unspecified))
        {
            return DateTime.SpecifyKind(unspecified - Zone.GetAmbiguousTimeOffsets(unspecified).Max(), DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }

    /// <summary>
    /// When the clocks skip <paramref name="local"/> (they go forward over it): the first wall-clock minute skipped and
    /// the first that is there again, e.g. 03:00 and 04:00; null for a time that exists.
    /// </summary>
    public (DateTime From, DateTime To)? SkippedStretch(DateTime local)
    {
        var minute = DateTime.SpecifyKind(new DateTime(local.Ticks - local.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Unspecified);
        if (!Zone.IsInvalidTime(minute))
        {
            return null;
        }

        // Minute by minute: a clock change skips an hour, rarely more, and never more than a day.
        var from = minute;
        while (Zone.IsInvalidTime(from.AddMinutes(-1)))
        {
            from = from.AddMinutes(-1);
        }

        var to = minute.AddMinutes(1);
        while (Zone.IsInvalidTime(to))
        {
            to = to.AddMinutes(1);
        }

        return (from, to);
    }

    public string Display(DateTime utc) => ToLocal(utc).ToString(DisplayFormat, CultureInfo.InvariantCulture);
}
