using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace NewsPortal.Web.Articles;

public enum DiffLineKind
{
    Same,
    Added,
    Removed,
}

public sealed record DiffLine(DiffLineKind Kind, string Text);

/// <summary>Line-by-line differences between two versions of a story, fields first, then the body.</summary>
public static class DraftDiff
{
    public static IReadOnlyList<DiffLine> Between(ArticleDraft before, ArticleDraft after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var diff = InlineDiffBuilder.Diff(AsText(before), AsText(after), ignoreWhiteSpace: false);
        return diff.Lines.Select(line => new DiffLine(
            line.Type switch
            {
                ChangeType.Inserted => DiffLineKind.Added,
                ChangeType.Deleted => DiffLineKind.Removed,
                _ => DiffLineKind.Same,
            },
            line.Text ?? "")).ToList();
    }

    public static bool HasChanges(IReadOnlyList<DiffLine> lines) =>
        lines?.Any(line => line.Kind != DiffLineKind.Same) ?? false;

    private static string AsText(ArticleDraft draft) => string.Join('\n',
        $"Headline: {draft.Headline}",
        $"Slug: {draft.Slug}",
        $"Section: {draft.Section}",
        $"Tags: {draft.Tags}",
        $"Hot news: {(draft.IsHot ? "yes" : "no")}",
        $"Photo: {draft.PhotoUrl}",
        $"Photo caption: {draft.PhotoCaption}",
        $"Photo alt text: {draft.PhotoAltText}",
        $"Photo credit: {draft.PhotoCredit} {draft.PhotoCreditUrl}".TrimEnd(),
        "",
        draft.Body.ReplaceLineEndings("\n"));
}
