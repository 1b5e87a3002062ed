using System.Globalization;
using NewsPortal.Web.Import;

namespace NewsPortal.Tests.Support;

/// <summary>The repository's seed wire story, as shipped beside the app.</summary>
public static class SeedFile
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PathOfFirst => Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal).First();

    public static WireStory Parse() => WireStoryParser.Parse(Path.GetFileName(PathOfFirst), File.ReadAllText(PathOfFirst));

    /// <summary>A folder of its own holding the given wire pages, for tests that import something else.</summary>
    public static TempFolder FolderWith(params (string Name, string Text)[] files)
    {
        var folder = new TempFolder();
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder.Path, name), text);
        }

        return folder;
    }

    /// <summary>A folder of its own holding one of the sample wire pages of Import/WirePages, byte for byte.</summary>
    public static TempFolder FolderWithSample(string name)
    {
        var folder = new TempFolder();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Import", "WirePages", name), Path.Combine(folder.Path, name));
        return folder;
    }

    /// <summary>A folder holding the given samples, numbered so that the importer reads them in the order given.</summary>
    public static TempFolder FolderWithSamples(params string[] names)
    {
        var folder = new TempFolder();
        for (var i = 0; i < names.Length; i++)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Import", "WirePages", names[i]), Path.Combine(folder.Path, string.Create(CultureInfo.InvariantCulture, $"{i:000}_{names[i]}")));
        }

        return folder;
    }
}

/// <summary>A temporary folder that is deleted, with its contents, when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("newsportal-seeds-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
