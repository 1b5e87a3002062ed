using System.ComponentModel.DataAnnotations;

namespace NewsPortal.Web.Media;

/// <summary>The "Media" configuration section: where uploaded photos are kept.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>A relative folder is taken from the content root, beside the store.</summary>
    [Required]
    public string Folder { get; set; } = "App_Data/media";

    [Range(1024, 50 * 1024 * 1024)]
    public long MaxPhotoBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// The most pixels a photo may have, in millions. A few hundred kilobytes of PNG can hold an image that takes
    /// gigabytes to decode; every reader's browser would try. 50 is more than any news camera makes.
    /// </summary>
    [Range(1, 250)]
    public int MaxPhotoMegapixels { get; set; } = 50;

    /// <summary>The longest side a photo may have, in pixels (a panorama still fits; a 1-pixel-high strip bomb does not).</summary>
    [Range(16, 65_535)]
    public int MaxPhotoSide { get; set; } = 12_000;

    /// <summary>
    /// Photos are refused while less than this is free on the photos' disk: a disk filled by uploads would stop every
    /// save, and a store on the same disk with it.
    /// </summary>
    [Range(0, 1024 * 1024 * 1024)]
    public long MinFreeDiskMegabytes { get; set; } = 500;

    /// <summary>
    /// How many photos one person may upload in a minute: enough for any story, and a bound on how fast a leaked
    /// account can fill the disk before the floor above stops it.
    /// </summary>
    [Range(1, 100_000)]
    public int PhotosPerMinute { get; set; } = 10;

    /// <summary>How long a photo no story uses is kept after its upload (see <see cref="UnusedPhotos"/>).</summary>
    [Range(1, 3650)]
    public int KeepUnusedPhotosDays { get; set; } = 2;
}
