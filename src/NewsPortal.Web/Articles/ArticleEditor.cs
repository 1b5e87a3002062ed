using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Audit;
using NewsPortal.Web.Data;
using NewsPortal.Web.Media;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Articles;

/// <summary>What the editor form asks for besides saving its content.</summary>
public enum EditAction
{
    /// <summary>Save the content and keep the story where it stands (a live story is updated in place).</summary>
    Save,
    SubmitForReview,
    PublishNow,
    Schedule,
    Unpublish,
}

public enum EditStatus
{
    Saved,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>
/// The outcome of an edit. On a conflict, <see cref="Theirs"/> is the story as someone else saved it meanwhile,
/// with the version to save against if the editor still wants their own text.
/// </summary>
public sealed record EditResult(EditStatus Status, int ArticleId = 0, string? Message = null, ArticleDraft? Theirs = null, Guid TheirVersion = default)
{
    /// <summary>With a conflict: who saved the version in the store, and when.</summary>
    public ArticleRevisionSummary? TheirSave { get; init; }

    /// <summary>With a scheduled story unpublished before its time: the time it would have gone live, which it never did.</summary>
    public DateTime? CancelledSchedule { get; init; }

    /// <summary>With a story rescheduled to the time it already had: that time, which stays as it was.</summary>
    public DateTime? AlreadyScheduledFor { get; init; }

    /// <summary>With <see cref="AlreadyScheduledFor"/>: the form held nothing new either, so nothing was saved.</summary>
    public bool NothingChanged { get; init; }

    /// <summary>With a live story scheduled again: readers lost it until its new time.</summary>
    public bool TakenOffSite { get; init; }

    /// <summary>With an invalid edit: the field the problem is about (see <see cref="EditProblem"/>), or null for the edit as a whole.</summary>
    public string? Field { get; init; }

    public static EditResult Invalid(string message, string? field = null) => new(EditStatus.Invalid, Message: message) { Field = field };

    public static EditResult Invalid(EditProblem problem) => Invalid(problem.Message, problem.Field);
}

/// <summary>
/// Why an edit cannot be saved, and the field it is about, so that the form can mark that field: an
/// <see cref="ArticleDraft"/> property's name, <see cref="PublishTime"/>, or null for the edit as a whole.
/// </summary>
public sealed record EditProblem(string Message, string? Field = null)
{
    public const string PublishTime = "PublishTime";
}

/// <summary>The newsroom's commands on stories: write, publish, schedule, unpublish, correct, restore, delete.</summary>
public sealed class ArticleEditor(NewsPortalDbContext db, BodyRenderer renderer, NewsroomClock clock, AuditLog audit, PhotoStore photos, IOptions<NewsroomOptions> newsroom)
{
    private readonly int _scheduleMonthsAhead = newsroom.Value.ScheduleMonthsAhead;

    /// <summary>The latest newsroom time a story may be scheduled for now (see <see cref="NewsroomOptions.ScheduleMonthsAhead"/>).</summary>
    public DateTime LatestScheduleLocal() => clock.ToLocal(clock.UtcNow).AddMonths(_scheduleMonthsAhead);

    /// <summary>Said when an amended notice was withdrawn meanwhile; the page offers the words back as a new notice.</summary>
    public const string NoticeIsGone = "That notice is no longer on the story: someone withdrew it meanwhile. Your words are in the form below; add them as a new notice if readers still need them.";

    public async Task<EditResult> SaveAsync(int? id, ArticleDraft draft, Guid? version, EditAction action, DateTime? scheduleLocal, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        // Another save may make the same new tag or take the same slug between our look-up and our write (two
        // stories with one headline, Save clicked twice). Nothing of ours was written then: start again, and this
        // time find theirs. Should that race happen twice running, the editor is asked to save again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveOnceAsync(id, draft, version, action, scheduleLocal, user, cancellationToken);
            }
            catch (DbUpdateException error) when (StoreErrors.IsUniqueViolation(error))
            {
                if (await RevisionNumberTakenAsync(cancellationToken) is { } conflict)
                {
                    return conflict;
                }

                db.ChangeTracker.Clear();
                if (attempt == 2)
                {
                    return EditResult.Invalid("Another story was saved with the same address or new tag at the same moment. Nothing was lost: save again.");
                }
            }
        }
    }

    private async Task<EditResult> SaveOnceAsync(int? id, ArticleDraft draft, Guid? version, EditAction action, DateTime? scheduleLocal, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(user);
        var canPublish = StoryAccess.MayPublish(user);
        if (action is EditAction.PublishNow or EditAction.Schedule or EditAction.Unpublish && !canPublish)
        {
            return new EditResult(EditStatus.Forbidden, Message: "Only editors can publish, schedule or unpublish stories.");
        }

        var article = id is null ? NewArticle(user) : await LoadAsync(id.Value, cancellationToken);
        if (article is null)
        {
            return new EditResult(EditStatus.NotFound);
        }

        if (!CanEdit(article, user))
        {
            return new EditResult(EditStatus.Forbidden, Message: "Authors can change only their own stories, until an editor publishes them.");
        }

        if (id is not null && article.Version != version)
        {
            return await ConflictAsync(article, cancellationToken);
        }

        var now = clock.UtcNow;
        var before = ArticleDraft.From(article);
        var wasLive = IsLive(article, now);
        var cancelledSchedule = action == EditAction.Unpublish && IsScheduled(article, now) ? article.PublishedAt : null;
        // Rescheduled to the time it has, the story's schedule did not change: the history and the audit log would
        // otherwise record a schedule nobody changed.
        var alreadyScheduledFor = action == EditAction.Schedule && IsScheduled(article, now)
            && scheduleLocal is { } asked && IsScheduledFor(article, NewsroomTime(asked)) ? article.PublishedAt : null;
        if (alreadyScheduledFor is not null)
        {
            action = EditAction.Save;
        }

        var problem = await ApplyAsync(article, draft, canPublish, cancellationToken)
            ?? ApplyAction(article, action, scheduleLocal, now, cancelledSchedule);
        if (problem is not null)
        {
            return EditResult.Invalid(problem);
        }

        if (alreadyScheduledFor is not null && DraftDiff.ChangedFields(before, ArticleDraft.From(article)).Count == 0)
        {
            return new EditResult(EditStatus.Saved, article.Id) { AlreadyScheduledFor = alreadyScheduledFor, NothingChanged = true };
        }

        // The author's turn ends when the story leaves the drafts: sent for review again, or published by an editor.
        article.SentBack &= article.Status == ArticleStatus.Draft;
        article.UpdatedAt = now;
        await AddRevisionAsync(article, Describe(action, article, now, wasLive, cancelledSchedule), user, cancellationToken);
        try
        {
            // The audit log names a story by its id, which a new story gets when it is saved: the story and its
            // entry are then written in one transaction.
            await using var transaction = article.Id == 0 ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            if (transaction is not null)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            AuditSave(article, action, before, wasLive, now, cancelledSchedule);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ChangedMeanwhileAsync(article.Id, cancellationToken);
        }

        return new EditResult(EditStatus.Saved, article.Id)
        {
            AlreadyScheduledFor = alreadyScheduledFor,
            CancelledSchedule = cancelledSchedule,
            TakenOffSite = action == EditAction.Schedule && wasLive,
        };
    }

    public async Task<EditResult> AddNoticeAsync(int id, NoticeKind kind, string text, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var article = await LoadAsync(id, cancellationToken);
        if (article is null)
        {
            return new EditResult(EditStatus.NotFound);
        }

        if (article.Status != ArticleStatus.Published || article.PublishedAt > clock.UtcNow)
        {
            return EditResult.Invalid("Corrections and updates go on live stories; edit a draft or a scheduled story instead.");
        }

        if (NoticeText(text) is not { } checkedText)
        {
            return EditResult.Invalid(NoticeTextRule);
        }

        var now = clock.UtcNow;
        text = checkedText;
        article.Notices.Add(new ArticleNotice { Kind = kind, Text = text, At = now, AddedBy = user.Identity?.Name ?? "" });
        article.UpdatedAt = now;
        await AddRevisionAsync(article, $"added {kind.ToString().ToLowerInvariant()} notice", user, cancellationToken);
        audit.Add(AuditActions.Notice, Subject(article), $"{kind}: {text}");
        return await SaveAsync(id, cancellationToken);
    }

    /// <summary>
    /// Rewords a notice already on the story (a slip in a correction is itself corrected); it keeps its time and kind.
    /// The audit log keeps the words readers saw before.
    /// </summary>
    public async Task<EditResult> AmendNoticeAsync(int id, int noticeId, string text, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var article = await LoadAsync(id, cancellationToken);
        if (article is null)
        {
            return new EditResult(EditStatus.NotFound);
        }

        if (article.Notices.FirstOrDefault(n => n.Id == noticeId) is not { } notice)
        {
            return EditResult.Invalid(NoticeIsGone);
        }

        if (NoticeText(text) is not { } amended)
        {
            return EditResult.Invalid(NoticeTextRule);
        }

        if (amended == notice.Text)
        {
            return new EditResult(EditStatus.Saved, id);
        }

        var kind = notice.Kind.ToString().ToLowerInvariant();
        audit.Add(AuditActions.NoticeAmended, Subject(article), $"{notice.Kind}: \"{notice.Text}\" became \"{amended}\"");
        notice.Text = amended;
        article.UpdatedAt = clock.UtcNow;
        await AddRevisionAsync(article, $"amended {kind} notice", user, cancellationToken);
        return await SaveAsync(id, cancellationToken);
    }

    /// <summary>Takes a notice off the story, for one added by mistake; the audit log keeps its words.</summary>
    public async Task<EditResult> WithdrawNoticeAsync(int id, int noticeId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var article = await LoadAsync(id, cancellationToken);
        if (article is null)
        {
            return new EditResult(EditStatus.NotFound);
        }

        // Withdrawn twice (two editors, or a form sent again) is still withdrawn.
        if (article.Notices.FirstOrDefault(n => n.Id == noticeId) is not { } notice)
        {
            return new EditResult(EditStatus.Saved, id);
        }

        article.Notices.Remove(notice);
        article.UpdatedAt = clock.UtcNow;
        await AddRevisionAsync(article, $"withdrew {notice.Kind.ToString().ToLowerInvariant()} notice", user, cancellationToken);
        audit.Add(AuditActions.NoticeWithdrawn, Subject(article), $"{notice.Kind}: {notice.Text}");
        return await SaveAsync(id, cancellationToken);
    }

    /// <summary>
    /// Returns a story in review to its author as a draft, with the editor's note on what to change. The note lives in
    /// the revision's record of the change (<see cref="ReviewRound"/>), where the author's form and the list find it.
    /// </summary>
    public async Task<EditResult> SendBackAsync(int id, Guid? version, string? note, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!StoryAccess.MayPublish(user))
        {
            return new EditResult(EditStatus.Forbidden, Message: "Only editors can send a story back to its author.");
        }

        var article = await LoadAsync(id, cancellationToken);
        if (article is null)
        {
            return new EditResult(EditStatus.NotFound);
        }

        if (article.Version != version)
        {
            return await ConflictAsync(article, cancellationToken);
        }

        if (article.Status != ArticleStatus.InReview)
        {
            return EditResult.Invalid($"Only a story in review can be sent back to its author; this one is {StateLabels.Of(NewsroomQueries.StateOf(article.Status, article.PublishedAt, clock.UtcNow)).ToLowerInvariant()}.");
        }

        if (ReviewRound.Note(note) is not { } checkedNote)
        {
            return EditResult.Invalid(ReviewRound.NoteRule);
        }

        article.Status = ArticleStatus.Draft;
        article.SentBack = true;
        article.UpdatedAt = clock.UtcNow;
        await AddRevisionAsync(article, ReviewRound.SentBack(checkedNote), user, cancellationToken);
        audit.Add(AuditActions.SentBack, Subject(article), checkedNote);
        return await SaveAsync(id, cancellationToken);
    }

    /// <summary>Brings back an old revision's content as a new revision; the story's status does not change.</summary>
    public async Task<EditResult> RestoreAsync(int id, int number, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var article = await LoadAsync(id, cancellationToken);
        var revision = await db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.ArticleId == id && r.Number == number, cancellationToken);
        if (article is null || revision is null)
        {
            return new EditResult(EditStatus.NotFound);
        }

        if (!CanEdit(article, user))
        {
            return new EditResult(EditStatus.Forbidden);
        }

        var before = ArticleDraft.From(article);
        var draft = ArticleDraft.FromJson(revision.Snapshot);
        if (article.FirstPublishedAt is not null)
        {
            draft.Slug = article.Slug;
        }

        var problem = await ApplyAsync(article, draft, StoryAccess.MayPublish(user), cancellationToken);
        if (problem is not null)
        {
            return EditResult.Invalid(problem);
        }

        article.UpdatedAt = clock.UtcNow;
        await AddRevisionAsync(article, $"restored revision {number}", user, cancellationToken);
        audit.Add(AuditActions.Restore, Subject(article), ChangedFields(before, article) is { } fields ? $"revision {number}: {fields}" : $"revision {number}");
        AuditHotFlag(article, before);
        return await SaveAsync(id, cancellationToken);
    }

    /// <summary>
    /// Deletes the story as it stood when the editor opened it: one saved since (a colleague's rewrite) is kept, and
    /// the answer is a conflict saying who saved it, so that nobody deletes work they have not seen.
    /// </summary>
    public async Task<EditResult> DeleteAsync(int id, Guid? version, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var article = await LoadAsync(id, cancellationToken);
        if (article is null)
        {
            return new EditResult(EditStatus.NotFound);
        }

        if (article.Version != version)
        {
            return await ConflictAsync(article, cancellationToken);
        }

        db.Articles.Remove(article);
        audit.Add(AuditActions.Delete, Subject(article));
        return await SaveAsync(id, cancellationToken);
    }

    private Article NewArticle(ClaimsPrincipal user)
    {
        var now = clock.UtcNow;
        var article = new Article
        {
            Headline = "",
            Slug = "",
            Status = ArticleStatus.Draft,
            AuthorId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            CreatedAt = now,
        };
        db.Articles.Add(article);
        return article;
    }

    /// <summary>
    /// Writes the edit; a save or a delete that landed since the story was read makes it a conflict or a not-found
    /// (a notice or revision written for a story deleted meanwhile fails on its foreign key, not on the version).
    /// </summary>
    private async Task<EditResult> SaveAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new EditResult(EditStatus.Saved, id);
        }
        catch (DbUpdateException error)
        {
            if (StoreErrors.IsUniqueViolation(error) && await RevisionNumberTakenAsync(cancellationToken) is { } conflict)
            {
                return conflict;
            }

            var result = await ChangedMeanwhileAsync(id, cancellationToken);
            if (result.Status == EditStatus.Conflict && error is not DbUpdateConcurrencyException)
            {
                throw;
            }

            return result;
        }
    }

    /// <summary>Someone saved or deleted the story between this edit's read and its write.</summary>
    private async Task<EditResult> ChangedMeanwhileAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) is { } current
            ? await ConflictAsync(current, cancellationToken)
            : new EditResult(EditStatus.NotFound);
    }

    /// <summary>
    /// A save refused for a duplicate may have lost its revision's number: the story was saved (by a colleague, or by the
    /// schedule recording it going live) after this edit counted its revisions. That is a conflict like any other save
    /// landing meanwhile, whatever the story's version says; null when the number is still free.
    /// </summary>
    private async Task<EditResult?> RevisionNumberTakenAsync(CancellationToken cancellationToken)
    {
        var ours = db.ChangeTracker.Entries<ArticleRevision>().FirstOrDefault(e => e.State == EntityState.Added)?.Entity;
        if (ours is null)
        {
            return null;
        }

        var (id, number) = (ours.Article.Id, ours.Number);
        db.ChangeTracker.Clear();
        return await db.ArticleRevisions.AnyAsync(r => r.ArticleId == id && r.Number == number, cancellationToken)
            ? await ChangedMeanwhileAsync(id, cancellationToken)
            : null;
    }

    private Task<Article?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.Include(a => a.TagLinks).ThenInclude(l => l.Tag).Include(a => a.Notices)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private const string NoticeTextRule = "Write the notice, in at most 2,000 characters.";

    private static string? NoticeText(string text)
    {
        var tidied = TextInput.Lines(text)?.Trim() ?? "";
        return TextInput.IsBlank(tidied) || tidied.Length > 2000 ? null : tidied;
    }

    private static bool CanEdit(Article article, ClaimsPrincipal user) =>
        StoryAccess.MayPublish(user)
        || (user.IsInRole(Roles.Author)
            && article.AuthorId == user.FindFirstValue(ClaimTypes.NameIdentifier)
            && article.Status is ArticleStatus.Draft or ArticleStatus.InReview);

    private async Task<EditResult> ConflictAsync(Article current, CancellationToken cancellationToken) =>
        new(EditStatus.Conflict, current.Id, "Someone else saved this story while you were editing it.", ArticleDraft.From(current), current.Version)
        {
            TheirSave = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == current.Id).OrderByDescending(r => r.Number)
                .Select(r => new ArticleRevisionSummary(r.SavedBy, r.At)).FirstOrDefaultAsync(cancellationToken),
        };

    /// <summary>Copies the form onto the story; returns a problem to show the editor, or null.</summary>
    private async Task<EditProblem?> ApplyAsync(Article article, ArticleDraft draft, bool canPublish, CancellationToken cancellationToken)
    {
        draft = draft.Cleaned();
        var headline = (draft.Headline ?? "").Trim();
        if (TextInput.IsBlank(headline))
        {
            return new("A story needs a headline.", nameof(ArticleDraft.Headline));
        }

        var slug = TextInput.IsBlank(draft.Slug) ? null : draft.Slug.Trim();
        if (article.FirstPublishedAt is not null && slug is not null && slug != article.Slug)
        {
            return new("The slug of a story that has been published cannot change: links to it would break.", nameof(ArticleDraft.Slug));
        }

        if (article.FirstPublishedAt is null)
        {
            if (slug is not null && await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != article.Id, cancellationToken))
            {
                return new($"The slug \"{slug}\" is already used by another story.", nameof(ArticleDraft.Slug));
            }

            article.Slug = slug ?? await UniqueSlugAsync(headline, article.Id, cancellationToken);
        }

        if (!IsSafeImageUrl(draft.PhotoUrl) || !IsWebLink(draft.PhotoCreditUrl))
        {
            return new("Photo and credit links must be http or https addresses.", IsSafeImageUrl(draft.PhotoUrl) ? nameof(ArticleDraft.PhotoCreditUrl) : nameof(ArticleDraft.PhotoUrl));
        }

        // A photo chosen in a form left open for days may have been deleted as unused meanwhile (UnusedPhotos).
        var photoUrl = Blank(draft.PhotoUrl);
        if (photoUrl != article.Photo.ImageUrl && photoUrl is not null && photoUrl.StartsWith(PhotoStore.UrlPrefix, StringComparison.Ordinal)
            && !photos.Keeps(photoUrl))
        {
            return new("The photo chosen for this story is no longer on the server (a photo no story uses is kept for a few days). Choose it again.", nameof(ArticleDraft.PhotoUrl));
        }

        article.Headline = headline;
        article.Section = Blank(draft.Section);
        article.Byline = Bylines.Normalize(draft.Byline);
        try
        {
            article.SetBody((draft.Body ?? "").ReplaceLineEndings("\n"), renderer);
        }
        catch (UnreadableBodyException error)
        {
            return new(error.Message, nameof(ArticleDraft.Body));
        }

        if (canPublish)
        {
            article.IsHot = draft.IsHot;
        }

        article.Photo = new Photo
        {
            ImageUrl = Blank(draft.PhotoUrl),
            Caption = Blank(draft.PhotoCaption),
            AltText = Blank(draft.PhotoAltText),
            CreditText = Blank(draft.PhotoCredit),
            CreditUrl = Blank(draft.PhotoCreditUrl),
        };
        var tagNames = draft.TagNames();
        if (tagNames.Count > ArticleDraft.MaxTags)
        {
            return new($"A story takes at most {ArticleDraft.MaxTags} tags; this one has {tagNames.Count}.", nameof(ArticleDraft.Tags));
        }

        if (tagNames.FirstOrDefault(name => name.Length > ArticleDraft.MaxTagLength) is { } longTag)
        {
            return new($"A tag is at most {ArticleDraft.MaxTagLength} characters; \"{longTag[..40]}…\" is {longTag.Length}.", nameof(ArticleDraft.Tags));
        }

        await SetTagsAsync(article, tagNames, cancellationToken);
        return null;
    }

    private EditProblem? ApplyAction(Article article, EditAction action, DateTime? scheduleLocal, DateTime now, DateTime? cancelledSchedule)
    {
        switch (action)
        {
            case EditAction.SubmitForReview when article.Status is ArticleStatus.Draft or ArticleStatus.InReview or ArticleStatus.Unpublished:
                article.Status = ArticleStatus.InReview;
                break;
            case EditAction.SubmitForReview:
                return new("Only a story that is not live can be sent for review.");
            case EditAction.PublishNow:
                if (article.Status != ArticleStatus.Published || article.PublishedAt > now)
                {
                    article.PublishedAt = now;
                }

                Publish(article, now);
                article.GoLivePending = false;
                break;
            // Save leaves the time alone: a new time typed into the field would otherwise be dropped without a word.
            case EditAction.Save when scheduleLocal is { } moved && IsScheduled(article, now) && !IsScheduledFor(article, NewsroomTime(moved)):
                return new($"Save keeps the story's time, {clock.Display(article.PublishedAt!.Value)}: to move it to {Minutes(NewsroomTime(moved))}, press Reschedule.", EditProblem.PublishTime);
            case EditAction.Schedule:
                return Schedule(article, scheduleLocal, now);
            case EditAction.Unpublish:
                // A schedule cancelled before its time leaves a story that never went live (scheduling marked it first
                // published at that time): its slug is the editor's again. One live before keeps its earlier time.
                if (cancelledSchedule is not null && article.FirstPublishedAt == cancelledSchedule)
                {
                    article.FirstPublishedAt = null;
                }

                article.Status = ArticleStatus.Unpublished;
                article.GoLivePending = false;
                break;
        }

        return null;
    }

    private EditProblem? Schedule(Article article, DateTime? scheduleLocal, DateTime now)
    {
        if (scheduleLocal is not { } sent)
        {
            return new("Choose the date and time to publish at.", EditProblem.PublishTime);
        }

        var local = NewsroomTime(sent);

        // The form shows a schedule to the minute, in newsroom time: sent back as shown, it keeps the stored moment,
        // which the seconds the field leaves out or the other reading of a repeated hour would otherwise move.
        if (IsScheduled(article, now) && IsScheduledFor(article, local))
        {
            return null;
        }

        // Checked before converting: near the calendar's end a newsroom time has no UTC time at all.
        var latest = LatestScheduleLocal();
        if (local > latest)
        {
            var months = _scheduleMonthsAhead == 1 ? "1 month" : $"{_scheduleMonthsAhead} months";
            return new($"A story can be scheduled at most {months} ahead: choose a time up to {Minutes(latest)}.", EditProblem.PublishTime);
        }

        if (clock.SkippedStretch(local) is var (from, to))
        {
            // A stretch that crosses midnight (a zone that skipped a day) names its dates too.
            string Time(DateTime t) => t.ToString(t.Date == local.Date ? "HH:mm" : NewsroomClock.DisplayFormat, CultureInfo.InvariantCulture);
            return new(string.Create(CultureInfo.InvariantCulture,
                $"There is no {local:HH:mm} on {local:dd.MM.yyyy} in {clock.Zone.Id}: the clocks go forward from {Time(from)} to {Time(to)}. Choose a time before {Time(from)} or from {Time(to)}."),
                EditProblem.PublishTime);
        }

        var at = sent.Kind == DateTimeKind.Utc ? sent : clock.ToUtc(local);
        if (at <= now)
        {
            return new("Choose a time in the future, or publish now.", EditProblem.PublishTime);
        }

        article.PublishedAt = at;
        Publish(article, at);
        article.GoLivePending = true;
        return null;
    }

    /// <summary>
    /// A time sent with an offset or a "Z" names one instant, and arrives from model binding as UTC; one without (what
    /// the form's datetime-local field sends) is newsroom wall-clock time.
    /// </summary>
    private DateTime NewsroomTime(DateTime sent) => sent.Kind == DateTimeKind.Utc ? clock.ToLocal(sent) : sent;

    private static bool IsLive(Article article, DateTime now) => article.Status == ArticleStatus.Published && article.PublishedAt <= now;

    private static bool IsScheduled(Article article, DateTime now) => article.Status == ArticleStatus.Published && article.PublishedAt > now;

    private bool IsScheduledFor(Article article, DateTime local) =>
        article.PublishedAt is { } at && clock.ToLocal(at).Ticks / TimeSpan.TicksPerMinute == local.Ticks / TimeSpan.TicksPerMinute;

    private static string Minutes(DateTime local) => local.ToString(NewsroomClock.DisplayFormat, CultureInfo.InvariantCulture);

    private static void Publish(Article article, DateTime at)
    {
        article.Status = ArticleStatus.Published;
        article.PublishedAtIsEstimate = false;
        article.FirstPublishedAt ??= at;
    }

    private string Describe(EditAction action, Article article, DateTime now, bool wasLive, DateTime? cancelledSchedule) => action switch
    {
        EditAction.Unpublish when cancelledSchedule is { } at => $"cancelled the schedule for {clock.Display(at)}",
        EditAction.SubmitForReview => ReviewRound.SentForReview,
        EditAction.PublishNow => "published",
        EditAction.Schedule when wasLive => $"took the story off the site and scheduled it for {clock.Display(article.PublishedAt!.Value)}",
        EditAction.Schedule => $"scheduled for {clock.Display(article.PublishedAt!.Value)}",
        EditAction.Unpublish => "unpublished",
        _ when article.Id == 0 => "created",
        _ when article.Status == ArticleStatus.Published && article.PublishedAt <= now => "updated the live story",
        _ => "saved",
    };

    /// <summary>
    /// Records what a save did that the newsroom may have to account for: its publishing, a change readers saw happen
    /// (to a story live before and after it), and the hot flag.
    /// </summary>
    private void AuditSave(Article article, EditAction action, ArticleDraft before, bool wasLive, DateTime now, DateTime? cancelledSchedule)
    {
        var (auditAction, detail) = action switch
        {
            EditAction.PublishNow => (AuditActions.Publish, null),
            // Rescheduling a live story takes it off the site until then: the log says so, not only "schedule".
            EditAction.Schedule when wasLive => (AuditActions.TakenOffAndScheduled, clock.Display(article.PublishedAt!.Value)),
            EditAction.Schedule => (AuditActions.Schedule, clock.Display(article.PublishedAt!.Value)),
            EditAction.Unpublish when cancelledSchedule is { } at => (AuditActions.ScheduleCancelled, clock.Display(at)),
            EditAction.Unpublish => (AuditActions.Unpublish, null),
            _ => ((string?)null, (string?)null),
        };
        if (auditAction is not null)
        {
            audit.Add(auditAction, Subject(article), detail);
        }

        if (wasLive && IsLive(article, now) && ChangedFields(before, article) is { } fields)
        {
            audit.Add(AuditActions.LiveStoryEdited, Subject(article), fields);
        }

        AuditHotFlag(article, before);
    }

    private void AuditHotFlag(Article article, ArticleDraft before)
    {
        if (article.IsHot != before.IsHot)
        {
            audit.Add(article.IsHot ? AuditActions.HotFlagSet : AuditActions.HotFlagCleared, Subject(article));
        }
    }

    /// <summary>The fields an edit changed, as "headline, body", or null; the hot flag is left to its own entries.</summary>
    private static string? ChangedFields(ArticleDraft before, Article article) =>
        DraftDiff.ChangedFields(before, ArticleDraft.From(article)).Where(field => field != DraftDiff.HotNews).ToList() is { Count: > 0 } fields
            ? string.Join(", ", fields)
            : null;

    private async Task AddRevisionAsync(Article article, string change, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var last = article.Id == 0 ? 0
            : await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        db.ArticleRevisions.Add(ArticleRevision.Of(article, last + 1, clock.UtcNow, user.Identity?.Name ?? "", change));
    }

    private async Task SetTagsAsync(Article article, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var tags = new List<Tag>();
        foreach (var name in names)
        {
            var tag = await TagLookup.FindOrAddAsync(db, name, cancellationToken);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        article.TagLinks.Clear();
        foreach (var tag in tags)
        {
            article.AddTag(tag);
        }
    }

    private async Task<string> UniqueSlugAsync(string headline, int articleId, CancellationToken cancellationToken)
    {
        var slug = Slug.From(headline);
        var candidate = slug;
        for (var n = 2; await db.Articles.AnyAsync(a => a.Slug == candidate && a.Id != articleId, cancellationToken); n++)
        {
            candidate = Slug.Numbered(slug, n);
        }

        return candidate;
    }

    private static bool IsSafeImageUrl(string? url) =>
        string.IsNullOrWhiteSpace(url) || url.StartsWith("/media/", StringComparison.Ordinal) && !url.Contains("..", StringComparison.Ordinal) || IsWebLink(url);

    /// <summary>Whether a link is blank or an http(s) address: the only links a story's photo credit may carry.</summary>
    internal static bool IsWebLink(string? url) =>
        string.IsNullOrWhiteSpace(url)
        || Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string? Blank(string? text) => TextInput.IsBlank(text) ? null : text.Trim();

    internal static string Subject(Article article) => $"{SubjectPrefix(article.Id)}{article.Headline}";

    /// <summary>How audit entries about a story begin, whatever its headline was.</summary>
    internal static string SubjectPrefix(int id) => $"#{id} ";
}
