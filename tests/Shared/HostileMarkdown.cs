using System.Text.Json;

namespace NewsPortal.TestVectors;

/// <summary>
/// One hostile story body from hostile-markdown.json: what an editor (or an attacker with an editor's password)
/// might type to make the public page run script. <see cref="KeepsText"/>, when set, is text the reader must
/// still see, e.g. markup shown in a code span.
/// </summary>
public sealed record HostileMarkdown(string Name, string Category, string Markdown, string? KeepsText)
{
    public const string FileName = "hostile-markdown.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<IReadOnlyList<HostileMarkdown>> Loaded = new(Load);

    public static IReadOnlyList<HostileMarkdown> All => Loaded.Value;

    /// <summary>Vector names as theory data: one test case per vector, named in the test results.</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var vector in All)
        {
            names.Add(vector.Name);
        }

        return names;
    }

    public static HostileMarkdown Named(string name) =>
        All.SingleOrDefault(vector => vector.Name == name) ?? throw new ArgumentException($"No vector named '{name}'.", nameof(name));

    public override string ToString() => $"{Category}/{Name}";

    private static List<HostileMarkdown> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Shared", FileName);
        var vectors = JsonSerializer.Deserialize<List<HostileMarkdown>>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidOperationException($"{FileName} is empty.");
        var repeated = vectors.GroupBy(vector => vector.Name).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new InvalidOperationException($"{FileName} names these vectors more than once: {string.Join(", ", repeated)}.");
        }

        return vectors;
    }
}
