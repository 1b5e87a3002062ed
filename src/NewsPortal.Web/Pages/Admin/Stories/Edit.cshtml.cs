using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Media;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Security;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Pages.Admin.Stories;

/// <summary>
/// Why a form's text was not stored although nothing was wrong with it: the story was deleted, or is no longer the
/// user's to change (an editor published an author's draft), after the form was opened.
/// </summary>
public sealed record SaveRefusal(bool StoryIsGone, string? Reason, StoryChange? LastChange)
{
    public string Heading => StoryIsGone ? "This story is no longer in the newsroom" : "Your changes were not saved";
}

/// <summary>
/// The editor: one form for writing, previewing, publishing, scheduling and unpublishing a story, and for
/// adding public notices to a live one. Every change is a POST that ends in a redirect back here.
/// </summary>
[StoryForm]
public sealed class EditModel(ArticleEditor editor, NewsroomQueries stories, BodyRenderer renderer, PhotoStore photos, PhotoUploadLimit photoLimit, TagQueries tags, NewsroomClock clock) : PageModel
{
    /// <summary>The preview's headline is an h3, under the page's h1 and the preview's own h2: the body's headings go under it.</summary>
    private const int PreviewHeadlineLevel = 3;

    [BindProperty]
    public ArticleDraft Draft { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    [BindProperty]
    public IFormFile? PhotoFile { get; set; }

    /// <summary>Takes the photo off the story, with its caption, alt text and credit; a new photo chosen at the same time replaces it instead.</summary>
    [BindProperty]
    public bool RemovePhoto { get; set; }

    public long MaxPhotoBytes => photos.MaxBytes;

    /// <summary>Newsroom wall-clock time, from a datetime-local field; a scheduled story's own time when the form opens.</summary>
    [BindProperty]
    [Display(Name = "publish time")]
    public DateTime? ScheduleAt { get; set; }

    /// <summary>The latest newsroom time the form offers for scheduling.</summary>
    public DateTime LatestSchedule => editor.LatestScheduleLocal();

    [BindProperty]
    public NoticeKind NoticeKind { get; set; }

    [BindProperty]
    public string? NoticeText { get; set; }

    /// <summary>The notice an amend or withdraw form is about.</summary>
    [BindProperty]
    public int? NoticeId { get; set; }

    [BindProperty]
    public string? AmendedText { get; set; }

    /// <summary>The editor's note to the author on what to change, sent with "Send back to the author".</summary>
    [BindProperty]
    public string? SendBackNote { get; set; }

    [FromRoute]
    public int? Id { get; set; }

    public StoryState? State { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public bool SlugIsFixed { get; private set; }
    public IReadOnlyList<ArticleNotice> Notices { get; private set; } = [];
    /// <summary>For a draft an editor sent back: their note, shown on the form until the author sends it for review again.</summary>
    public SentBackNote? SentBack { get; private set; }
    /// <summary>The notice whose new wording was sent back for fixing: its form stays open with the words sent.</summary>
    public int? AmendingNoticeId { get; private set; }
    /// <summary>The body as the public page would show it, after Preview, its headings under the preview's headline.</summary>
    public RenderedBody? Preview { get; private set; }
    public IReadOnlyList<string> KnownTags { get; private set; } = [];
    public EditResult? Conflict { get; private set; }
    public SaveRefusal? Refusal { get; private set; }
    /// <summary>What the browser's tab and a screen reader announce for the page: which story, or why it was not saved.</summary>
    public string Title => Refusal?.Heading
        ?? (Id is null ? "New story" : string.IsNullOrWhiteSpace(Draft.Headline) ? "Edit story" : $"Edit: {Draft.Headline}");
    /// <summary>The form shows text that was sent but not stored: a preview, or a save that was refused.</summary>
    public bool ShowsUnsavedText { get; private set; }
    public bool CanPublish => StoryAccess.MayPublish(User);

    // Every rendering of the form offers the tags already in use; a redirect needs none.
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if ((await next()).Result is PageResult)
        {
            KnownTags = await tags.MostUsedNamesAsync(40, HttpContext.RequestAborted);
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            return Page();
        }

        if (!await LoadAsync(Id.Value, overwriteForm: true, cancellationToken))
        {
            // A deleted story's address (the back button after deleting it, a colleague's link) says who deleted it and
            // when, as a save to it does; an address that never was a story is simply not found.
            return await stories.LastChangeAsync(Id.Value, cancellationToken) is null
                ? NotFound()
                : await RefuseAsync(new EditResult(EditStatus.NotFound), cancellationToken);
        }

        return StoryAccess.MayEdit(User, await stories.AuthorIdOfAsync(Id.Value, cancellationToken), State!.Value) ? Page() : Forbid();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(EditAction.Save, cancellationToken);
    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => SaveAsync(EditAction.SubmitForReview, cancellationToken);
    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) => SaveAsync(EditAction.PublishNow, cancellationToken);
    public Task<IActionResult> OnPostScheduleAsync(CancellationToken cancellationToken) => SaveAsync(EditAction.Schedule, cancellationToken);
    public Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken) => SaveAsync(EditAction.Unpublish, cancellationToken);

    /// <summary>Shows the body as readers will see it, through the same pipeline, without saving anything.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await TakePhotoChoiceAsync(cancellationToken);
        if (Id is not null && !await LoadAsync(Id.Value, overwriteForm: false, cancellationToken))
        {
            return await RefuseAsync(new EditResult(EditStatus.NotFound), cancellationToken);
        }

        ShowsUnsavedText = true;
        try
        {
            Preview = renderer.Render(TextInput.Lines(Draft.Body ?? ""), PreviewHeadlineLevel);
        }
        catch (UnreadableBodyException error)
        {
            ModelState.AddModelError($"{nameof(Draft)}.{nameof(Draft.Body)}", error.Message);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostNoticeAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        var result = ModelState[nameof(NoticeKind)]?.Errors.Count > 0 || !Enum.IsDefined(NoticeKind)
            ? EditResult.Invalid("Choose whether the notice is a correction or an update.")
            : await editor.AddNoticeAsync(Id.Value, NoticeKind, NoticeText ?? "", User, cancellationToken);
        if (result.Status != EditStatus.Invalid)
        {
            return await AfterAsync(result, $"The {NoticeKind.ToString().ToLowerInvariant()} is now on the story.", cancellationToken);
        }

        return await RefuseNoticeAsync(nameof(NoticeText), result.Message!, cancellationToken);
    }

    public async Task<IActionResult> OnPostAmendNoticeAsync(CancellationToken cancellationToken)
    {
        if (Id is null || NoticeId is null)
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        var result = await editor.AmendNoticeAsync(Id.Value, NoticeId.Value, AmendedText ?? "", User, cancellationToken);
        if (result.Status == EditStatus.NotFound)
        {
            // The story was deleted meanwhile: its page shows the new words to copy, as it shows a notice's.
            NoticeText = AmendedText;
        }

        if (result.Status != EditStatus.Invalid)
        {
            return await AfterAsync(result, "The notice now has its new wording.", cancellationToken);
        }

        if (result.Message == ArticleEditor.NoticeIsGone)
        {
            // The words are not lost with the notice: they wait in the form that adds a new one.
            NoticeText = AmendedText;
            return await RefuseNoticeAsync(nameof(NoticeText), result.Message, cancellationToken);
        }

        AmendingNoticeId = NoticeId;
        return await RefuseNoticeAsync(nameof(AmendedText), result.Message!, cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawNoticeAsync(CancellationToken cancellationToken)
    {
        if (Id is null || NoticeId is null)
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        var result = await editor.WithdrawNoticeAsync(Id.Value, NoticeId.Value, User, cancellationToken);
        return await AfterAsync(result, "The notice has been withdrawn: readers no longer see it.", cancellationToken);
    }

    public async Task<IActionResult> OnPostSendBackAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        var result = await editor.SendBackAsync(Id.Value, Version, SendBackNote, User, cancellationToken);
        switch (result.Status)
        {
            case EditStatus.Invalid:
                return await RefuseNoticeAsync(nameof(SendBackNote), result.Message!, cancellationToken);
            case EditStatus.Conflict:
                // The form sends only the note: the page shows the story as it now stands, to read before sending it back.
                var who = result.TheirSave is { } theirs ? $"{theirs.SavedBy} saved it at {clock.Display(theirs.At)}" : "someone saved it";
                await RefuseNoticeAsync(nameof(SendBackNote), $"The story was not sent back: {who}, after you opened it. It is shown below as it stands now; read it before sending it back.", cancellationToken);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return await AfterAsync(result, "Sent back to the author: the story is a draft again, with your note on it.", cancellationToken);
        }
    }

    // confirmDelete is the box "I understand the story and its history will be gone for good": a browser that skips
    // its own checks sends the form without it, and a story is not deleted for good on one stray click.
    public async Task<IActionResult> OnPostDeleteAsync(bool confirmDelete, CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        if (!confirmDelete)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(confirmDelete), "The story was not deleted: tick \"I understand the story and its history will be gone for good\", then press Delete the story.");
            if (!await LoadAsync(Id.Value, overwriteForm: true, cancellationToken))
            {
                return await RefuseAsync(new EditResult(EditStatus.NotFound), cancellationToken);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await editor.DeleteAsync(Id.Value, Version, User, cancellationToken);
        if (result.Status == EditStatus.Saved)
        {
            TempData["Flash"] = "The story has been deleted.";
            return RedirectToPage("/Admin/Index");
        }

        if (result.Status == EditStatus.Conflict)
        {
            // The delete form sends no text: the page shows the story as it now stands, to read before deleting it.
            ModelState.Clear();
            var who = result.TheirSave is { } theirs ? $"{theirs.SavedBy} saved it at {clock.Display(theirs.At)}" : "someone saved it";
            ModelState.AddModelError("", $"The story was not deleted: {who}, after you opened it. It is shown below as it stands now; read it before deleting it.");
            await LoadAsync(Id.Value, overwriteForm: true, cancellationToken);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return await AfterAsync(result, "", cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(EditAction action, CancellationToken cancellationToken)
    {
        if (MissingField() is { } missing)
        {
            return this.ReaderError(StatusCodes.Status400BadRequest,
                $"The form arrived without its {missing} field, so nothing was saved: the story keeps what it had there. Open the story again and make your change.");
        }

        await TakePhotoChoiceAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(cancellationToken);
        }

        var result = await editor.SaveAsync(Id, Draft, Version, action, ScheduleAt, User, cancellationToken);
        return await AfterAsync(result, action switch
        {
            EditAction.PublishNow => "Published: the story is live.",
            EditAction.Schedule when result.AlreadyScheduledFor is { } at => result.NothingChanged
                ? $"The story is already scheduled for {clock.Display(at)}: nothing changed."
                : $"Saved. The story was already scheduled for {clock.Display(at)} and keeps that time.",
            // A live story scheduled again is gone from the site until then, which the editor may not have meant.
            EditAction.Schedule when result.TakenOffSite => "Taken off the site and scheduled: readers no longer see the story until it goes live again at the time you chose.",
            EditAction.Schedule => "Scheduled: the story goes live at the time you chose.",
            // A story that was only scheduled was never on the site, so nothing was taken off it.
            EditAction.Unpublish when result.CancelledSchedule is { } at =>
                $"Schedule cancelled: the story will not go live at {clock.Display(at)}. It stays in the newsroom, unpublished.",
            EditAction.Unpublish => "Unpublished: readers no longer see the story.",
            EditAction.SubmitForReview => "Sent to the editors for review.",
            _ => "Saved.",
        }, cancellationToken);
    }

    /// <summary>
    /// The first field the editor form always sends that this post lacks, by its label. A field left out binds as
    /// empty, and saving that would silently wipe what the story holds there (its body, its tags, its hot flag). A
    /// new story has nothing to lose.
    /// </summary>
    private string? MissingField()
    {
        if (Id is null)
        {
            return null;
        }

        var fields = CanPublish ? StoryFields.Append((Name: "Draft.IsHot", Label: "Hot news")) : StoryFields;
        return fields.Where(field => !Request.HasFormContentType || !Request.Form.ContainsKey(field.Name)).Select(field => field.Label).FirstOrDefault();
    }

    private static readonly (string Name, string Label)[] StoryFields =
    [
        ("Draft.Headline", "Headline"), ("Draft.Slug", "Slug"), ("Draft.Section", "Section"), ("Draft.Byline", "Byline"), ("Draft.Tags", "Tags"),
        ("Draft.Body", "Body"), ("Draft.PhotoUrl", "Photo"), ("Draft.PhotoCaption", "Caption"), ("Draft.PhotoAltText", "Alt text"),
        ("Draft.PhotoCredit", "Credit"), ("Draft.PhotoCreditUrl", "Credit link"),
    ];

    /// <summary>
    /// Stores a chosen photo at once, so that it survives a preview or a form sent back for fixing: the form
    /// then carries its address, not the file, which a browser never sends twice. Without one, "Remove the photo"
    /// empties the photo's fields, so that the form shows, and saves, the story without it.
    /// </summary>
    private async Task TakePhotoChoiceAsync(CancellationToken cancellationToken)
    {
        if (PhotoFile is null)
        {
            if (RemovePhoto)
            {
                Draft.RemovePhoto();
                // The fields show the model's emptied values, not the ones that were posted.
                foreach (var field in ModelState.Keys.Where(key => key.StartsWith($"{nameof(Draft)}.Photo", StringComparison.Ordinal)).ToList())
                {
                    ModelState.Remove(field);
                }
            }

            return;
        }

        // A file refused for its size costs the person none of their uploads a minute.
        if (photos.SizeProblem(PhotoFile) is { } sizeProblem)
        {
            ModelState.AddModelError(nameof(PhotoFile), sizeProblem);
            return;
        }

        if (await photoLimit.TakeAsync(User, cancellationToken) is { } limitProblem)
        {
            ModelState.AddModelError(nameof(PhotoFile), limitProblem);
            return;
        }

        var upload = await photos.SaveAsync(PhotoFile, cancellationToken);
        if (upload.Problem is not null)
        {
            ModelState.AddModelError(nameof(PhotoFile), upload.Problem);
            return;
        }

        Draft.PhotoUrl = upload.Url;
        // The hidden field shows the model's new value, not the empty one that was posted.
        ModelState.Remove($"{nameof(Draft)}.{nameof(ArticleDraft.PhotoUrl)}");
    }

    private async Task<IActionResult> AfterAsync(EditResult result, string done, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case EditStatus.Saved:
                TempData["Flash"] = done;
                return Redirect(Urls.EditStory(result.ArticleId));
            case EditStatus.NotFound or EditStatus.Forbidden:
                return await RefuseAsync(result, cancellationToken);
            case EditStatus.Conflict:
                // The editor's own text stays in the form; saving again, against the new version, is a deliberate choice.
                Conflict = result;
                Version = result.TheirVersion;
                ModelState.Remove(nameof(Version));
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await RedisplayAsync(cancellationToken);
            default:
                ModelState.AddModelError(FormField(result.Field), result.Message ?? "The story could not be saved.");
                return await RedisplayAsync(cancellationToken);
        }
    }

    /// <summary>The form's name for the field a problem is about, so that the field is marked with it; "" for the story as a whole.</summary>
    private static string FormField(string? field) => field switch
    {
        null => "",
        EditProblem.PublishTime => nameof(ScheduleAt),
        // The photo's address rides in a hidden field: the one to mark is the file chooser, where another is picked.
        nameof(ArticleDraft.PhotoUrl) => nameof(PhotoFile),
        _ => $"{nameof(Draft)}.{field}",
    };

    /// <summary>
    /// A bare 404 or 403 would be the site's error page, and the text the form sent, never stored, would be lost
    /// with it: the page shows that text instead, with who changed the story and when. A story whose deletion is on
    /// record is 410 Gone, one that never was 404.
    /// </summary>
    private async Task<IActionResult> RefuseAsync(EditResult result, CancellationToken cancellationToken)
    {
        var gone = result.Status == EditStatus.NotFound;
        var lastChange = Id is { } id ? await stories.LastChangeAsync(id, cancellationToken) : null;
        Refusal = new SaveRefusal(gone, result.Message, lastChange);
        Response.StatusCode = !gone ? StatusCodes.Status403Forbidden
            : lastChange is null ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return Page();
    }

    /// <summary>
    /// A notice or send-back form sends only its own words: the story's own form is shown as the story stands, with no complaints
    /// about fields that were never sent.
    /// </summary>
    private async Task<IActionResult> RefuseNoticeAsync(string field, string problem, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        ModelState.AddModelError(field, problem);
        await LoadAsync(Id!.Value, overwriteForm: true, cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        ShowsUnsavedText = true;
        if (Id is not null)
        {
            await LoadAsync(Id.Value, overwriteForm: false, cancellationToken);
        }

        if (Response.StatusCode == StatusCodes.Status200OK)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int id, bool overwriteForm, CancellationToken cancellationToken)
    {
        var story = await stories.GetForEditingAsync(id, cancellationToken);
        if (story is not { } found)
        {
            return false;
        }

        if (overwriteForm)
        {
            (Draft, Version) = (found.Draft, found.Version);
            ScheduleAt = found.State == StoryState.Scheduled ? clock.ToLocal(found.PublishedAt!.Value) : null;
        }

        (State, PublishedAt, SlugIsFixed, Notices) = (found.State, found.PublishedAt, found.SlugIsFixed, found.Notices);
        SentBack = State == StoryState.Draft ? await stories.SentBackNoteAsync(id, cancellationToken) : null;
        return true;
    }
}
