using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Audit;

namespace NewsPortal.Tests.Admin;

public class ScheduledPublishingTests
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 8, 7, 0, 0, TimeSpan.Zero); // 09:00 in Kyiv

    [Fact]
    public async Task AScheduledStoryIsRecordedAsGoneLiveOnceWhenItsTimeComes()
    {
        using var app = new NewsPortalFactory();
        var editUrl = await ScheduleAsync(app, "Scheduled for the morning");
        var job = app.Services.GetRequiredService<ScheduledPublishing>();

        Assert.Empty(await job.RecordDueAsync(CancellationToken.None));
        Assert.Empty(await WentLiveAsync(app));

        app.Time.SetUtcNow(Morning);
        await job.RecordDueAsync(CancellationToken.None); // the job's own timer may have been first; either way it is recorded once
        await job.RecordDueAsync(CancellationToken.None);

        var entry = Assert.Single(await WentLiveAsync(app));
        Assert.Equal("schedule", entry.Actor);
        Assert.Equal($"#{editUrl.Split('/')[3]} Scheduled for the morning", entry.Subject);
        Assert.Equal("09:00 08.03.2025", entry.Details);
        // The editor's entry names the new story by the id it got when saved.
        var scheduled = await app.WithStoreAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == AuditActions.Schedule));
        Assert.Equal(entry.Subject, scheduled.Subject);
    }

    [Fact]
    public async Task TheJobRunsByItselfOnItsInterval()
    {
        using var app = new NewsPortalFactory();
        await ScheduleAsync(app, "Scheduled for the morning");

        app.Time.SetUtcNow(Morning + ScheduledPublishing.Interval);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await WentLiveAsync(app)).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Single(await WentLiveAsync(app));
    }

    [Fact]
    public async Task AStoryUnpublishedBeforeItsTimeIsNeverRecorded()
    {
        using var app = new NewsPortalFactory();
        var editUrl = await ScheduleAsync(app, "Called off");
        var editor = await app.SignedInAsync(Roles.Editor);
        using var unpublished = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Unpublish");
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);

        app.Time.SetUtcNow(Morning);

        Assert.Empty(await app.Services.GetRequiredService<ScheduledPublishing>().RecordDueAsync(CancellationToken.None));
        Assert.Empty(await WentLiveAsync(app));
    }

    private static async Task<string> ScheduleAsync(NewsPortalFactory app, string headline)
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", new Dictionary<string, string>
        {
            ["Draft.Headline"] = headline,
            ["Draft.Body"] = "To be read in the morning.",
            ["ScheduleAt"] = "2025-03-08T09:00",
        }, "Schedule");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static Task<List<AuditEvent>> WentLiveAsync(NewsPortalFactory app) =>
        app.WithStoreAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Action == AuditActions.WentLive).ToListAsync());
}
