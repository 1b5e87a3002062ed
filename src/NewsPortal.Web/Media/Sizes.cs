using System.Globalization;

namespace NewsPortal.Web.Media;

public static class Sizes
{
    /// <summary>A size as people read it in messages: "5 MB", "12.3 MB".</summary>
    public static string InMegabytes(long bytes) =>
        (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
