using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>Changes to stories a managing editor looks for in the audit log; the tests' clock stands at 20:00 07.03.2025 in Kyiv.</summary>
public class AuditedStoryChangesTests
{
    private sealed record LoggedChange(string Action, string Headline, string Details);

    private static async Task<string> PublishAsync(HttpClient editor, string headline)
    {
        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm(headline), "Publish");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static async Task EditAsync(HttpClient editor, string editUrl, Dictionary<string, string> fields, string handler = "Save")
    {
        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", fields, handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The audit log's entries about one story (named "#id headline"), oldest first, as an admin reads them.</summary>
    private static async Task<IReadOnlyList<LoggedChange>> LoggedAsync(NewsPortalFactory app, string editUrl)
    {
        var admin = await app.SignedInAsync(Roles.Admin);
        var page = await admin.GetPageAsync("/admin/audit");
        var prefix = $"#{editUrl.Split('/')[3]} ";
        return page.QuerySelectorAll("tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.Text()).ToList())
            .Where(cells => cells[3].StartsWith(prefix, StringComparison.Ordinal))
            .Select(cells => new LoggedChange(cells[2], cells[3][prefix.Length..], cells[4]))
            .Reverse().ToList();
    }

    [Fact]
    public async Task AnEditToALiveStoryIsLoggedNamingTheFieldsItChangedButNotTheirText()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(editor, "Minister visits the front");

        await EditAsync(editor, editUrl, new() { ["Draft.Headline"] = "Minister visits the southern front", ["Draft.Body"] = "A new first paragraph." });

        Assert.Equal(
            [
                new("publish", "Minister visits the front", ""),
                new("live story edited", "Minister visits the southern front", "headline, body"),
            ],
            await LoggedAsync(app, editUrl));
    }

    [Fact]
    public async Task SavingALiveStoryUnchangedOrEditingADraftLogsNoLiveEdit()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var liveUrl = await PublishAsync(editor, "Live and left alone");
        using var created = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Still a draft"), "Save");
        var draftUrl = created.Headers.Location!.OriginalString;

        await EditAsync(editor, liveUrl, []);
        await EditAsync(editor, draftUrl, new() { ["Draft.Body"] = "Rewritten before anyone read it." });

        Assert.Equal([new("publish", "Live and left alone", "")], await LoggedAsync(app, liveUrl));
        Assert.Empty(await LoggedAsync(app, draftUrl));
    }

    [Fact]
    public async Task SettingAndClearingTheHotFlagAreEachLogged()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(editor, "Air raid alert in Kyiv");

        await EditAsync(editor, editUrl, new() { ["Draft.IsHot"] = "true" });
        await EditAsync(editor, editUrl, new() { ["Draft.IsHot"] = "false", ["Draft.Section"] = "Kyiv" });

        Assert.Equal(
            [
                new("publish", "Air raid alert in Kyiv", ""),
                new("hot flag set", "Air raid alert in Kyiv", ""),
                new("live story edited", "Air raid alert in Kyiv", "section"),
                new("hot flag cleared", "Air raid alert in Kyiv", ""),
            ],
            await LoggedAsync(app, editUrl));
    }

    [Fact]
    public async Task TakingALiveStoryOffToScheduleItIsLoggedAsTakenOffAndScheduledForItsTime()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(editor, "Published too early");

        await EditAsync(editor, editUrl, new() { ["ScheduleAt"] = "2025-03-08T09:00" }, "Schedule");

        Assert.Equal(
            [
                new("publish", "Published too early", ""),
                new("taken off and scheduled", "Published too early", "09:00 08.03.2025"),
            ],
            await LoggedAsync(app, editUrl));
        var history = await editor.GetPageAsync(editUrl.Replace("/edit", "/history", StringComparison.Ordinal));
        Assert.Equal("took the story off the site and scheduled it for 09:00 08.03.2025", history.Texts("table tbody tr td:nth-child(4)")[0]);
    }

    [Fact]
    public async Task RestoringARevisionIsLoggedWithTheFieldsItBroughtBackAndTheHotFlagItChanged()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(editor, "Restored story");
        await EditAsync(editor, editUrl, new() { ["Draft.Body"] = "A second version.", ["Draft.IsHot"] = "true" });
        var historyUrl = editUrl.Replace("/edit", "/history", StringComparison.Ordinal);

        using var restore = await editor.SubmitFormAsync(historyUrl, "tbody tr:last-child form", []);

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var logged = await LoggedAsync(app, editUrl);
        Assert.Equal(
            [new("restore revision", "Restored story", "revision 1: body"), new("hot flag cleared", "Restored story", "")],
            logged.Skip(logged.Count - 2));
    }
}
