using System.Globalization;

namespace NewsPortal.Web.Articles;

/// <summary>
/// A number of stories counted up to one past a limit (<see cref="Newsroom.NewsroomOptions.CountLimit"/>): an exact
/// count of a common word or a big tag reads every matching story, so past the limit a page says "more than" it.
/// </summary>
public readonly record struct CountedStories(int Shown, bool More)
{
    /// <summary>From a count that stopped at <paramref name="limit"/> + 1.</summary>
    public static CountedStories Of(int counted, int limit) => new(Math.Min(counted, limit), counted > limit);

    /// <summary>"1 story", "12 stories", "More than 1,000 stories".</summary>
    public override string ToString() =>
        $"{(More ? "More than " : "")}{Shown.ToString("N0", CultureInfo.InvariantCulture)} {(Shown == 1 && !More ? "story" : "stories")}";
}
