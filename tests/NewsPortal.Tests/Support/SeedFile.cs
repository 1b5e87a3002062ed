using NewsPortal.Web.Import;

namespace NewsPortal.Tests.Support;

/// <summary>The repository's seed wire story, as shipped beside the app.</summary>
public static class SeedFile
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PathOfFirst => Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal).First();

    public static WireStory Parse() => WireStoryParser.Parse(Path.GetFileName(PathOfFirst), File.ReadAllText(PathOfFirst));

    /// <summary>A folder of its own holding the given wire pages, for tests that import something else.</summary>
    public static string FolderWith(params (string Name, string Text)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("newsportal-seeds-").FullName;
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }
}
