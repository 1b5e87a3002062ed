using System.Buffers;
using System.Text;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;

namespace NewsPortal.Web.Import;

public sealed record ImportResult(int Files, int StoriesAdded, int BriefsAdded);

/// <summary>
/// Brings wire pages into the store. The story becomes a published article; the headlines listed under
/// MORE ABOUT, HOT NEWS and LATEST become headline-only briefs, so every list on the site is a query.
/// Stories are matched by headline, so importing the same page again adds nothing.
/// </summary>
public sealed class WireImporter(NewsPortalDbContext db, BodyRenderer renderer, NewsroomClock clock, ILogger<WireImporter> logger)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Imports every file of a folder, in name order, all or nothing.</summary>
    public async Task<ImportResult> ImportFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Parse everything first: a malformed file must stop the import before anything is written.
        List<WireStory> stories = [];
        foreach (var path in files)
        {
            var text = ReadText(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken));
            stories.Add(WireStoryParser.Parse(Path.GetFileName(path), text));
        }

        return await ImportAsync(stories, cancellationToken);
    }

    /// <summary>
    /// The file's text, which must be UTF-8: a page saved in another encoding (Windows-1251, say) would otherwise be
    /// imported as replacement characters, unnoticed until a reader sees it.
    /// </summary>
    internal static string ReadText(string fileName, byte[] bytes)
    {
        try
        {
            return TextInput.Lines(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var valid = 0;
            while (Rune.DecodeFromUtf8(bytes.AsSpan(valid), out _, out var length) == OperationStatus.Done)
            {
                valid += length;
            }

            var line = 1 + bytes.AsSpan(0, valid).Count((byte)'\n');
            throw new WireFormatException(fileName, line, "the file is not UTF-8 text; save it as UTF-8 and start again");
        }
    }

    public async Task<ImportResult> ImportAsync(IReadOnlyList<WireStory> stories, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = new ImportSession(db, renderer, clock);
        foreach (var story in stories)
        {
            if (await session.ImportAsync(story, cancellationToken))
            {
                logger.LogInformation("Imported wire story {FileName}: {Headline}", story.FileName, story.Headline);
            }
            else
            {
                logger.LogInformation("Skipped wire story {FileName}: the store already has \"{Headline}\"", story.FileName, story.Headline);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        var result = new ImportResult(stories.Count, session.StoriesAdded, session.BriefsAdded);
        logger.LogInformation("Wire import done: {Files} files, {StoriesAdded} stories and {BriefsAdded} briefs added",
            result.Files, result.StoriesAdded, result.BriefsAdded);
        return result;
    }
}
