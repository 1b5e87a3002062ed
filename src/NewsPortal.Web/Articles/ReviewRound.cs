namespace NewsPortal.Web.Articles;

/// <summary>A story's note from the editor who sent it back to its author: what to change, who asked, when (UTC).</summary>
public sealed record SentBackNote(string Note, string By, DateTime At);

/// <summary>
/// How a story goes to the editors and back, as its revisions record it: "sent for review", then perhaps "sent back to
/// the author: " and the editor's note. A draft whose newest such revision is a send-back is waiting on its author.
/// </summary>
public static class ReviewRound
{
    public const string SentForReview = "sent for review";
    public const string SentBackPrefix = "sent back to the author: ";

    /// <summary>Short enough to fit the revision's record of the change with its prefix, long enough to say what to change.</summary>
    public const int MaxNoteLength = 160;

    public static readonly string NoteRule = $"Write what the author should change, in at most {MaxNoteLength} characters.";

    public static string SentBack(string note) => SentBackPrefix + note;

    /// <summary>The note as stored: one line of plain text, or null when it is blank or too long.</summary>
    public static string? Note(string? typed)
    {
        var note = TextInput.Line(typed)?.Trim() ?? "";
        return TextInput.IsBlank(note) || note.Length > MaxNoteLength ? null : note;
    }

    /// <summary>The note of the newest review-round revision, if it sent the story back.</summary>
    public static SentBackNote? NoteOf(StoryRevisionRow? newestRoundChange) =>
        newestRoundChange is { } row && row.Change.StartsWith(SentBackPrefix, StringComparison.Ordinal)
            ? new SentBackNote(row.Change[SentBackPrefix.Length..], row.SavedBy, row.At)
            : null;
}
