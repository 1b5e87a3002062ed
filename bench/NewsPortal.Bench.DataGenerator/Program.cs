using System.Globalization;
using NewsPortal.Bench.DataGenerator;

const string Usage = """
    Usage:
      NewsPortal.Bench.DataGenerator --stories N --out FILE [--seed 42]
          Writes a new store of N published stories; never overwrites FILE.
      NewsPortal.Bench.DataGenerator --describe FILE [--article ID]
          Prints the addresses a benchmark uses on that store, as key=value lines.
    """;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i += 2)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    options[args[i][2..]] = args[i + 1];
}

if (options.TryGetValue("describe", out var described))
{
    return StoreDescription.Print(described, Number("article", 1));
}

if (!options.TryGetValue("out", out var path) || !options.ContainsKey("stories") || Number("stories", 0) < 1)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

path = Path.GetFullPath(path);
if (File.Exists(path))
{
    Console.Error.WriteLine($"{path} already exists; choose another file or delete it first.");
    return 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(path)!);
var seed = Number("seed", 42);
var made = StoreWriter.Write(path, Number("stories", 0), seed);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    Wrote {path} (seed {seed}) in {made.Elapsed.TotalSeconds:F1} s: {made.Bytes / 1048576.0:F1} MB
      {made.Stories:N0} published stories, {made.FirstPublished:yyyy-MM-dd} to {made.LastPublished:yyyy-MM-dd}
      {made.Tags} tags on {made.TagLinks:N0} tag links; {made.Hot} hot stories; {made.WithPhoto:N0} with photos
    """));
return 0;

int Number(string name, int fallback)
{
    if (!options.TryGetValue(name, out var text))
    {
        return fallback;
    }

    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
    {
        Console.Error.WriteLine($"--{name} takes a whole number, not \"{text}\".");
        Environment.Exit(2);
    }

    return value;
}
