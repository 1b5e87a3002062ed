namespace NewsPortal.Web.Import;

/// <summary>One wire page as the seed file gives it. Times are newsroom wall-clock times, not UTC.</summary>
public sealed record WireStory(
    string FileName,
    string Section,
    DateTime LocalTime,
    string Headline,
    int StatedReadingMinutes,
    WirePhoto? Photo,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Tags,
    IReadOnlyList<WireBrief> MoreAbout,
    IReadOnlyList<string> HotNews,
    IReadOnlyList<string> Latest);

/// <summary>The photo line pair: a caption (optional) and the <c>Photo: …</c> credit, a link or a name.</summary>
public sealed record WirePhoto(string? Caption, string? Credit)
{
    public Uri? CreditLink =>
        Uri.TryCreate(Credit, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}

/// <summary>A headline listed under MORE ABOUT, with the time the wire gave it, if it gave one.</summary>
public sealed record WireBrief(DateTime? LocalTime, string Headline);

/// <summary>A seed file that does not follow the wire format; the message names the file and line.</summary>
public sealed class WireFormatException(string fileName, int? line, string problem)
    : Exception($"{Where(fileName, line)}: {problem}")
{
    public string FileName { get; } = fileName;

    /// <summary>The line at fault, or null when the problem is with the story as a whole (its body, say).</summary>
    public int? Line { get; } = line;

    public string Problem { get; } = problem;

    /// <summary>The file, in <paramref name="folder"/>, and the line when there is one.</summary>
    public string Where(string folder) => Where(Path.Combine(folder, FileName), Line);

    private static string Where(string file, int? line) => line is { } number ? $"{file}, line {number}" : file;
}
