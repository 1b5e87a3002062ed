using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Audit;

namespace NewsPortal.Tests.Admin;

/// <summary>The editor form's "Publish at" field; the tests' clock stands at 20:00 07.03.2025 in Kyiv.</summary>
public class SchedulingTests
{
    private static async Task<string> ScheduleAsync(HttpClient editor, string headline, string scheduleAt)
    {
        var story = Stories.NewStoryForm(headline);
        story["ScheduleAt"] = scheduleAt;
        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, "Schedule");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static async Task<IDocument> RefusedAsync(HttpClient editor, string headline, string scheduleAt)
    {
        var story = Stories.NewStoryForm(headline);
        story["ScheduleAt"] = scheduleAt;
        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, "Schedule");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal(headline, page.QuerySelector("#Draft_Headline")!.GetAttribute("value"));
        Assert.Equal(scheduleAt, page.QuerySelector("#ScheduleAt")!.GetAttribute("value"));
        return page;
    }

    private static Task<DateTime?> PublishedAtAsync(NewsPortalFactory app, string editUrl)
    {
        var id = int.Parse(editUrl.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        return app.WithStoreAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.PublishedAt).SingleAsync());
    }

    [Fact]
    public async Task AScheduledStoryOpensWithItsTimeInThePublishAtField()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await ScheduleAsync(editor, "Scheduled for the morning", "2025-03-08T09:00");

        var page = await editor.GetPageAsync(editUrl);

        Assert.Equal("2025-03-08T09:00", page.QuerySelector("#ScheduleAt")!.GetAttribute("value"));
        Assert.Equal("Reschedule", page.Text("button[formaction$='handler=Schedule']"));
        Assert.Equal("Save, keeping the schedule", page.Text("button[formaction$='handler=Save']"));
    }

    [Fact]
    public async Task AScheduledStorysFixedSlugIsNotSaidToBePublished()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await ScheduleAsync(editor, "Not out until the morning", "2025-03-08T09:00");

        var page = await editor.GetPageAsync(editUrl);

        Assert.NotNull(page.QuerySelector("#Draft_Slug[readonly]"));
        Assert.Equal("Fixed: the story is scheduled to go live at this address.", page.Text("#SlugHelp"));
    }

    [Fact]
    public async Task AScheduledStoryOffersToCancelItsScheduleNamingTheTimeRatherThanToTakeItOffTheSite()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await ScheduleAsync(editor, "Planned for the morning", "2025-03-08T09:00");

        var cancel = (await editor.GetPageAsync(editUrl)).QuerySelectorAll("button[formaction$='handler=Unpublish']").Single();

        Assert.Equal("Cancel the schedule", cancel.Text());
        Assert.Equal("Cancel the schedule? The story will not go live at 09:00 08.03.2025 (Europe/Kyiv); it stays in the newsroom, unpublished.",
            cancel.GetAttribute("data-confirm"));
    }

    [Fact]
    public async Task TakingALiveStoryOffToScheduleItSaysTheStoryHasLeftTheSiteUntilThen()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        using var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Published too early"), "Publish");
        var editUrl = published.Headers.Location!.OriginalString;

        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["ScheduleAt"] = "2025-03-08T09:00" }, "Schedule");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Taken off the site and scheduled: readers no longer see the story until it goes live again at the time you chose.",
            (await editor.GetPageAsync(editUrl)).Text(".flash"));
    }

    [Fact]
    public async Task CancellingAScheduleSaysTheStoryWillNotGoLiveRatherThanThatReadersNoLongerSeeIt()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await ScheduleAsync(editor, "Called off before the morning", "2025-03-08T09:00");

        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Unpublish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await editor.GetPageAsync(editUrl);
        Assert.Equal("Schedule cancelled: the story will not go live at 09:00 08.03.2025. It stays in the newsroom, unpublished.", page.Text(".flash"));
        Assert.Equal("Unpublished", page.Text(".editor__status .state"));
        var history = await editor.GetPageAsync(editUrl.Replace("/edit", "/history", StringComparison.Ordinal));
        Assert.Contains(history.QuerySelectorAll("td"), cell => cell.Text() == "cancelled the schedule for 09:00 08.03.2025");
        var logged = await app.WithStoreAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Action == AuditActions.ScheduleCancelled).ToListAsync());
        Assert.Equal("09:00 08.03.2025", Assert.Single(logged).Details);
    }

    // Scheduling fixes the slug for the address the story is to go live at; called off in time, it never went live.
    [Fact]
    public async Task AStoryWhoseScheduleWasCancelledCanTakeANewSlug()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await ScheduleAsync(editor, "Called off in time", "2025-03-08T09:00");
        using var cancelled = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Unpublish");

        var form = await editor.GetPageAsync(editUrl);
        using var renamed = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Slug"] = "a-better-address" }, "Save");

        Assert.Null(form.QuerySelector("#Draft_Slug[readonly]"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var slug = await app.WithStoreAsync(db => db.Articles.Where(a => a.Headline == "Called off in time").Select(a => a.Slug).SingleAsync());
        Assert.Equal("a-better-address", slug);
    }

    [Theory]
    [InlineData("Save")]
    [InlineData("Schedule")]
    public async Task SavingWithThePublishAtFieldUntouchedKeepsTheScheduleExactly(string handler)
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await ScheduleAsync(editor, "Scheduled in the repeated hour", "2025-10-26T03:30");
        // 03:30 comes twice that night; a schedule set before the form took the first one is at the second (01:30 UTC).
        var second = new DateTime(2025, 10, 26, 1, 30, 0, DateTimeKind.Utc);
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Headline == "Scheduled in the repeated hour")
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.PublishedAt, second)));

        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "A changed paragraph." }, handler);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(second, await PublishedAtAsync(app, editUrl));
        Assert.Equal("2025-10-26T03:30", (await editor.GetPageAsync(editUrl)).QuerySelector("#ScheduleAt")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ReschedulingToTheTimeAlreadySetRecordsNothingAndSaysSo()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await ScheduleAsync(editor, "Scheduled for the morning", "2025-03-08T09:00");

        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["ScheduleAt"] = "2025-03-08T09:00" }, "Schedule");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await editor.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("The story is already scheduled for 09:00 08.03.2025: nothing changed.", page.Text(".flash"));
        Assert.Empty(page.QuerySelectorAll(".form-errors li"));
        Assert.Equal(1, await app.WithStoreAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.Schedule)));
        Assert.Equal(1, await app.WithStoreAsync(db => db.ArticleRevisions.CountAsync()));
    }

    [Fact]
    public async Task ReschedulingAnEditedStoryToTheTimeAlreadySetSavesTheEditAsAPlainSave()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await ScheduleAsync(editor, "Scheduled for the morning", "2025-03-08T09:00");

        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["ScheduleAt"] = "2025-03-08T09:00", ["Draft.Body"] = "A changed paragraph." }, "Schedule");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Saved. The story was already scheduled for 09:00 08.03.2025 and keeps that time.", (await editor.GetPageAsync(editUrl)).Text(".flash"));
        Assert.Equal(1, await app.WithStoreAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.Schedule)));
        Assert.Equal(["scheduled for 09:00 08.03.2025", "saved"],
            await app.WithStoreAsync(db => db.ArticleRevisions.OrderBy(r => r.Number).Select(r => r.Change).ToListAsync()));
    }

    [Fact]
    public async Task ANewTimeTypedIntoAScheduledStoryIsNotDroppedByPlainSave()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await ScheduleAsync(editor, "Scheduled for the morning", "2025-03-08T09:00");

        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["ScheduleAt"] = "2025-03-08T11:00" }, "Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("press Reschedule", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("2025-03-08T11:00", page.QuerySelector("#ScheduleAt")!.GetAttribute("value"));
        Assert.Equal(new DateTime(2025, 3, 8, 7, 0, 0, DateTimeKind.Utc), await PublishedAtAsync(app, editUrl));
    }

    [Theory]
    [InlineData("2025-03-07T19:59")]
    [InlineData("0001-01-01T00:00")]
    public async Task ATimeInThePastIsRefusedWithAMessage(string scheduleAt)
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await RefusedAsync(editor, "Too late", scheduleAt);

        Assert.Contains("Choose a time in the future, or publish now.", page.Text(".form-errors"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10000-01-01T00:00")]
    [InlineData("2025-02-30T10:00")]
    public async Task ATimeTheFormCannotReadIsRefusedInTheNewsroomsWords(string scheduleAt)
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await RefusedAsync(editor, "Scheduled with a typo", scheduleAt);

        Assert.Contains($"The publish time field cannot take \"{scheduleAt}\": correct it and send the form again.", page.Text(".form-errors"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-08T07:00Z")]
    [InlineData("2025-03-08T08:00+01:00")]
    [InlineData("2025-03-08T09:00+02:00")]
    public async Task ATimeSentWithAnOffsetIsTheInstantItNames(string scheduleAt)
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        var editUrl = await ScheduleAsync(editor, "Scheduled by the wire desk's tool", scheduleAt);

        Assert.Equal(new DateTime(2025, 3, 8, 7, 0, 0, DateTimeKind.Utc), await PublishedAtAsync(app, editUrl));
        Assert.Equal("2025-03-08T09:00", (await editor.GetPageAsync(editUrl)).QuerySelector("#ScheduleAt")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SavingWithTheScheduleSentAsTheSameInstantKeepsIt()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await ScheduleAsync(editor, "Scheduled for the morning", "2025-03-08T09:00");

        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["ScheduleAt"] = "2025-03-08T07:00Z", ["Draft.Body"] = "A changed paragraph." }, "Save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateTime(2025, 3, 8, 7, 0, 0, DateTimeKind.Utc), await PublishedAtAsync(app, editUrl));
    }

    [Theory]
    [InlineData("2026-03-07T13:01")] // a year and a minute
    [InlineData("2026-03-08T12:00")] // a year and a day
    [InlineData("9999-12-31T23:59")]
    public async Task ATimeMoreThanAYearAheadIsRefusedWithAMessage(string scheduleAt)
    {
        using var app = new NewsPortalFactory().With("Newsroom:TimeZone", "America/New_York");
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await RefusedAsync(editor, "Scheduled for a slip of the keyboard", scheduleAt);

        Assert.Contains("at most 12 months ahead: choose a time up to 13:00 07.03.2026.", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("2026-03-07T13:00", page.QuerySelector("#ScheduleAt")!.GetAttribute("max"));
    }

    [Fact]
    public async Task ATimeExactlyAYearAheadCanBeScheduled()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        var editUrl = await ScheduleAsync(editor, "Scheduled a year ahead", "2026-03-07T20:00");

        Assert.Equal(new DateTime(2026, 3, 7, 18, 0, 0, DateTimeKind.Utc), await PublishedAtAsync(app, editUrl));
    }

    [Fact]
    public async Task HowFarAheadAStoryMayBeScheduledIsASetting()
    {
        using var app = new NewsPortalFactory().With("Newsroom:ScheduleMonthsAhead", "1");
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await RefusedAsync(editor, "Next season", "2025-04-07T20:01");

        Assert.Contains("at most 1 month ahead: choose a time up to 20:00 07.04.2025.", page.Text(".form-errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimeTheClocksSkipIsRefusedNamingTheSkippedHour()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await RefusedAsync(editor, "Scheduled into the spring-forward gap", "2025-03-30T03:30");

        Assert.Contains("There is no 03:30 on 30.03.2025 in Europe/Kyiv: the clocks go forward from 03:00 to 04:00. Choose a time before 03:00 or from 04:00.",
            page.Text(".form-errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimeThatComesTwiceWhenTheClocksGoBackIsTakenAtItsFirstOccurrence()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        var editUrl = await ScheduleAsync(editor, "Scheduled in the repeated hour", "2025-10-26T03:30");

        // 03:30 summer time (UTC+3), an hour before 03:30 winter time (UTC+2).
        Assert.Equal(new DateTime(2025, 10, 26, 0, 30, 0, DateTimeKind.Utc), await PublishedAtAsync(app, editUrl));
    }
}
