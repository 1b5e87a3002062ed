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
            var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
            stories.Add(WireStoryParser.Parse(Path.GetFileName(path), text));
        }

        return await ImportAsync(stories, cancellationToken);
    }

    public async Task<ImportResult> ImportAsync(IReadOnlyList<WireStory> stories, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = new ImportSession(db, renderer, clock);
        foreach (var story in stories)
        {
            await session.ImportAsync(story, cancellationToken);
            logger.LogInformation("Imported wire story {FileName}: {Headline}", story.FileName, story.Headline);
        }

        await transaction.CommitAsync(cancellationToken);
        var result = new ImportResult(stories.Count, session.StoriesAdded, session.BriefsAdded);
        logger.LogInformation("Wire import done: {Files} files, {StoriesAdded} stories and {BriefsAdded} briefs added",
            result.Files, result.StoriesAdded, result.BriefsAdded);
        return result;
    }
}
