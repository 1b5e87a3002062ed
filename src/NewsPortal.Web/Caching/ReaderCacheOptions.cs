using System.ComponentModel.DataAnnotations;

namespace NewsPortal.Web.Caching;

public sealed class ReaderCacheOptions
{
    public const string Section = "OutputCache";

    /// <summary>Off only to measure or debug the uncached site.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A cap on memory: past it, new pages are served but not kept.</summary>
    [Range(1, 4096)]
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>
    /// How long an unchanged page is kept. Changes evict at once; this only bounds what time alone changes, such as
    /// the 48-hour window of the news sitemap.
    /// </summary>
    [Range(1, 1440)]
    public int ExpireMinutes { get; set; } = 10;
}
