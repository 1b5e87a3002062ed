using System.ComponentModel.DataAnnotations;

namespace NewsPortal.Web.Import;

/// <summary>The "Seeds" configuration section: where the wire stories of a new site come from.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seeds";

    /// <summary>A folder of wire pages; a relative path is taken from the app's own folder, where the build copies seeds/.</summary>
    [Required]
    public string Folder { get; set; } = "seeds";

    /// <summary>Import the folder when the app starts on an empty store.</summary>
    public bool ImportWhenEmpty { get; set; } = true;

    public string FullFolderPath => Path.GetFullPath(Folder, AppContext.BaseDirectory);
}
