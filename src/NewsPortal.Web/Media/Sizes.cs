using System.Globalization;

namespace NewsPortal.Web.Media;

public static class Sizes
{
    /// <summary>
    /// A size as people read it in messages: "5 MB", "12.3 MB". Rounded up, so that a file just over a limit never
    /// reads as the limit itself.
    /// </summary>
    public static string InMegabytes(long bytes) =>
        (Math.Ceiling(bytes * 10 / (1024d * 1024)) / 10).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
