using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Pages.Admin.Stories;

/// <summary>A story's revisions, the differences between any two, and restoring an old one as a new revision.</summary>
public sealed class HistoryModel(NewsroomQueries stories, ArticleEditor editor) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromQuery(Name = "from")]
    public int? From { get; set; }

    [FromQuery(Name = "to")]
    public int? To { get; set; }

    public string Headline { get; private set; } = "";
    public IReadOnlyList<StoryRevisionRow> Revisions { get; private set; } = [];
    public IReadOnlyList<DiffLine>? Diff { get; private set; }
    /// <summary>An author reads the history of their story once it is published, but may no longer change it.</summary>
    public bool CanRestore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return this.ReaderError(StatusCodes.Status400BadRequest, "Revisions are chosen by their numbers.");
        }

        var story = await stories.GetForEditingAsync(Id, cancellationToken);
        if (story is null)
        {
            return NotFound();
        }

        var authorId = await stories.AuthorIdOfAsync(Id, cancellationToken);
        if (!StoryAccess.MayPublish(User) && authorId != User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return Forbid();
        }

        CanRestore = StoryAccess.MayEdit(User, authorId, story.Value.State);

        Headline = story.Value.Draft.Headline;
        Revisions = await stories.RevisionsAsync(Id, cancellationToken);
        if (Revisions.Count == 0)
        {
            return Page();
        }

        // By default, what the latest save changed.
        To ??= Revisions[0].Number;
        From ??= Math.Max(1, To.Value - 1);
        var before = await stories.RevisionAsync(Id, From.Value, cancellationToken);
        var after = await stories.RevisionAsync(Id, To.Value, cancellationToken);
        if (before is null || after is null)
        {
            return this.ReaderError(StatusCodes.Status404NotFound, "This story has no revision with that number.");
        }

        Diff = DraftDiff.Between(before, after);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int number, CancellationToken cancellationToken)
    {
        var result = await editor.RestoreAsync(Id, number, User, cancellationToken);
        switch (result.Status)
        {
            case EditStatus.Saved:
                TempData["Flash"] = $"Revision {number} has been restored as a new revision.";
                return Redirect(Urls.EditStory(Id));
            case EditStatus.Forbidden:
                return Forbid();
            case EditStatus.NotFound:
                return NotFound();
            default:
                TempData["Flash"] = result.Message;
                return RedirectToPage(new { id = Id });
        }
    }
}
