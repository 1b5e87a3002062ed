namespace NewsPortal.BrowserTests.Support;

/// <summary>
/// Where page screenshots are kept: $SCREENSHOT_DIR when set (scripts/test.sh sets it), otherwise
/// TestResults/screenshots at the repository root.
/// </summary>
public static class Screenshots
{
    private static readonly Lazy<string> Resolved = new(Resolve);

    public static string Folder => Resolved.Value;

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable("SCREENSHOT_DIR");
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(RepositoryRoot(), "TestResults", "screenshots")
            : Path.GetFullPath(configured);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsPortal.sln")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
