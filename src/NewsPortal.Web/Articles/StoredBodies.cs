using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Audit;
using NewsPortal.Web.Caching;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Articles;

/// <summary>What one run of <see cref="StoredBodies.RenderAgainAsync"/> did.</summary>
public sealed record BodiesRenderedAgain(int Stories, int Changed, IReadOnlyList<int> Unreadable)
{
    public int AlreadyCurrent => Stories - Changed - Unreadable.Count;

    /// <summary>The run in one sentence, for the operator and the audit log.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"Rendered {Stories:N0} {(Stories == 1 ? "story" : "stories")} again: {Changed:N0} changed, {AlreadyCurrent:N0} already current")
        + (Unreadable.Count == 0 ? "." : string.Create(CultureInfo.InvariantCulture, $", {Unreadable.Count:N0} left as {(Unreadable.Count == 1 ? "it was" : "they were")} (unreadable)."));
}

/// <summary>
/// Brings every stored body up to the current <see cref="BodyRenderer"/>: bodies are rendered when saved, so a story
/// saved before the renderer learnt something (a video player, a kept class) shows the old HTML until this runs.
/// </summary>
internal sealed class StoredBodies(IServiceScopeFactory scopes, BodyRenderer renderer, StoryEviction eviction)
{
    /// <summary>Stories read and written at a time, each batch in a short transaction of its own.</summary>
    private const int BatchSize = 200;

    private sealed record StoredBody(int Id, string Markdown, string Html, string Summary, int ReadingTimeMinutes, bool SavedInNewsroom);

    public async Task<BodiesRenderedAgain> RenderAgainAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var stories = 0;
        var changed = 0;
        var unreadable = new List<int>();
        for (var afterId = 0; ;)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>();
            var batch = await db.Articles.AsNoTracking()
                .Where(a => a.Id > afterId)
                .OrderBy(a => a.Id)
                .Take(BatchSize)
                .Select(a => new StoredBody(a.Id, a.BodyMarkdown, a.BodyHtml, a.Summary, a.ReadingTimeMinutes,
                    db.ArticleRevisions.Any(r => r.ArticleId == a.Id)))
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            afterId = batch[^1].Id;
            stories += batch.Count;
            var updates = new List<(StoredBody Stored, RenderedBody Rendered)>();
            foreach (var stored in batch)
            {
                try
                {
                    var rendered = Rendered(stored);
                    if (rendered.Html != stored.Html || rendered.Summary != stored.Summary || rendered.ReadingTimeMinutes != stored.ReadingTimeMinutes)
                    {
                        updates.Add((stored, rendered));
                    }
                }
                catch (UnreadableBodyException error)
                {
                    unreadable.Add(stored.Id);
                    await progress.WriteLineAsync($"Story {stored.Id} was left as it is: {error.Message}");
                }
            }

            changed += await WriteAsync(db, updates, cancellationToken);
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{stories:N0} stories rendered again (up to story {afterId}), {changed:N0} changed."));
        }

        var outcome = new BodiesRenderedAgain(stories, changed, unreadable);
        await RecordAsync(outcome, cancellationToken);
        if (changed > 0)
        {
            await eviction.EvictAsync(cancellationToken);
        }

        return outcome;
    }

    private RenderedBody Rendered(StoredBody stored)
    {
        var rendered = renderer.Render(stored.Markdown);
        // A wire story shows the reading time its page stated (WireImporter) until the newsroom saves it, and only
        // then is it counted from the body; the renderer's improvements do not make the wire's figure wrong.
        return stored.SavedInNewsroom ? rendered : rendered with { ReadingTimeMinutes = stored.ReadingTimeMinutes };
    }

    /// <summary>
    /// Writes the new HTML without a revision and without touching UpdatedAt or Version: the story's words did not
    /// change, so readers, feeds and sitemaps must not see it as updated, and an editor with the story's form open
    /// meanwhile saves as usual (a new Version would turn that save into a false conflict). Their save renders the
    /// body anew anyway. A story saved between our read and our write is skipped by the guard on its Markdown: its
    /// save has already rendered it with this renderer, and our HTML of its older words must not replace it.
    /// </summary>
    private static async Task<int> WriteAsync(NewsPortalDbContext db, List<(StoredBody Stored, RenderedBody Rendered)> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return 0;
        }

        var written = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (stored, rendered) in updates)
        {
            written += await db.Articles
                .Where(a => a.Id == stored.Id && a.BodyMarkdown == stored.Markdown)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(a => a.BodyHtml, rendered.Html)
                    .SetProperty(a => a.Summary, rendered.Summary)
                    .SetProperty(a => a.ReadingTimeMinutes, rendered.ReadingTimeMinutes), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private async Task RecordAsync(BodiesRenderedAgain outcome, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(AuditActions.BodiesRenderedAgain, details: outcome.Summary);
    }
}
