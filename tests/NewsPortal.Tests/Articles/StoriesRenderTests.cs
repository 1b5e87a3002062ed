using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Audit;
using NewsPortal.Web.Data;

namespace NewsPortal.Tests.Articles;

/// <summary>
/// <c>stories render</c> after an upgrade: stories saved by an older renderer get the current HTML, and nothing else
/// about them changes.
/// </summary>
public class StoriesRenderTests
{
    private const string VideoBody = "Before the briefing.\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nAfter the briefing.";

    // What the renderer wrote for VideoBody before videos played in the page: a bare link.
    private const string LinkOnlyHtml =
        "<p>Before the briefing.</p>\n<p><a href=\"https://youtu.be/dQw4w9WgXcQ\">https://youtu.be/dQw4w9WgXcQ</a></p>\n<p>After the briefing.</p>\n";

    [Fact]
    public async Task AStorySavedBeforeVideosPlayedGetsItsPlayerWithoutLookingUpdatedOrGainingARevision()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        using var published = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = "Minister's briefing", ["Draft.Body"] = VideoBody }, "Publish");
        var editUrl = published.Headers.Location!.OriginalString;
        var id = int.Parse(editUrl.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        await WriteHtmlAsync(app, id, LinkOnlyHtml);
        var before = await app.WithStoreAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        var revisions = await RevisionsAsync(app, id);
        var reader = app.CreateReader();
        var pageUrl = $"/articles/{id}/{before.Slug}";
        Assert.Empty((await reader.GetPageAsync(pageUrl)).QuerySelectorAll("figure.video"));
        Assert.True(await CacheChecks.ServedFromCacheAsync(reader, pageUrl));
        // An editor opened the story before the run and saves after it.
        var openForm = await editor.GetPageAsync(editUrl);

        var (exitCode, output, _) = await RenderAsync(app);

        // Read first: the test's own look-ups into the store empty the reader cache.
        var page = await reader.GetPageAsync(pageUrl);
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", page.QuerySelector("figure.video iframe")?.GetAttribute("src"));
        Assert.Equal(0, exitCode);
        var stories = await app.WithStoreAsync(db => db.Articles.CountAsync());
        Assert.Equal($"Rendered {stories} stories again: 1 changed, {stories - 1} already current.", output.Trim());
        var after = await app.WithStoreAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.NotEqual(LinkOnlyHtml, after.BodyHtml);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(revisions, await RevisionsAsync(app, id));
        Assert.Equal(1, await app.WithStoreAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.BodiesRenderedAgain)));

        using var saved = await editor.SubmitFormAsync(openForm, editUrl, "form.editor__form", new() { ["Draft.Headline"] = "Minister's briefing, with questions" }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Single((await app.CreateReader().GetPageAsync(pageUrl)).QuerySelectorAll("figure.video iframe"));
    }

    [Fact]
    public async Task ASecondRunFindsEveryStoryAlreadyCurrent()
    {
        using var app = new NewsPortalFactory();
        // More than one batch of stories, each saved before videos played.
        var renderer = app.Services.GetRequiredService<BodyRenderer>();
        await app.WithStoreAsync(async db =>
        {
            for (var n = 0; n < 250; n++)
            {
                var story = new Article { Headline = $"Briefing {n}", Slug = $"briefing-{n}", Status = ArticleStatus.Draft };
                story.SetBody(VideoBody, renderer);
                story.BodyHtml = LinkOnlyHtml;
                db.Articles.Add(story);
            }

            return await db.SaveChangesAsync();
        });
        var stories = await app.WithStoreAsync(db => db.Articles.CountAsync());

        var first = await RenderAsync(app);
        var second = await RenderAsync(app);

        Assert.Equal($"Rendered {stories} stories again: 250 changed, {stories - 250} already current.", first.Output.Trim());
        Assert.True(first.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 2, first.Error);
        Assert.Equal(0, await app.WithStoreAsync(db => db.Articles.CountAsync(a => a.BodyHtml == LinkOnlyHtml)));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal($"Rendered {stories} stories again: 0 changed, {stories} already current.", second.Output.Trim());
    }

    [Fact]
    public async Task ABodyThatCannotBeRenderedIsNamedLeftAsItIsAndFailsTheRunAfterTheRestIsDone()
    {
        using var app = new NewsPortalFactory();
        var unreadable = await app.AddStoryAsync("Pasted a file", NewsPortalFactory.SeedEvening);
        var stale = await app.AddStoryAsync("Minister's briefing", NewsPortalFactory.SeedEvening, body: VideoBody);
        // Saved when the body limits were looser: a run of letters longer than rendering allows now.
        var pasted = "Pasted: " + new string('x', 2500);
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Id == unreadable.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.BodyMarkdown, pasted).SetProperty(a => a.BodyHtml, "<p>as it was</p>")));
        await WriteHtmlAsync(app, stale.Id, LinkOnlyHtml);

        var (exitCode, output, error) = await RenderAsync(app);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Story {unreadable.Id} was left as it is:", error, StringComparison.Ordinal);
        Assert.EndsWith(", 1 left as it was (unreadable).", output.Trim(), StringComparison.Ordinal);
        Assert.Equal("<p>as it was</p>", await app.WithStoreAsync(db => db.Articles.Where(a => a.Id == unreadable.Id).Select(a => a.BodyHtml).SingleAsync()));
        Assert.NotEqual(LinkOnlyHtml, await app.WithStoreAsync(db => db.Articles.Where(a => a.Id == stale.Id).Select(a => a.BodyHtml).SingleAsync()));
    }

    [Fact]
    public async Task AStorySavedWhenTableColumnsLostTheirAlignmentShowsThemAlignedAfterTheRun()
    {
        using var app = new NewsPortalFactory();
        var story = await app.AddStoryAsync("Election results", NewsPortalFactory.SeedEvening,
            body: "| Party | Seats | Share |\n| :--- | ---: | :---: |\n| Blue | 120 | 40% |");
        // What the renderer stored before: Markdig's style attributes, stripped by the sanitiser, and nothing else.
        await WriteHtmlAsync(app, story.Id,
            "<table>\n<thead>\n<tr>\n<th>Party</th>\n<th>Seats</th>\n<th>Share</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Blue</td>\n<td>120</td>\n<td>40%</td>\n</tr>\n</tbody>\n</table>\n");

        await RenderAsync(app);

        var page = await app.CreateReader().GetPageAsync($"/articles/{story.Id}/{story.Slug}");
        Assert.Equal(["align-right", "align-right"], page.QuerySelectorAll(".story__body tr > :nth-child(2)").Select(cell => cell.ClassName));
        Assert.Equal(["align-center", "align-center"], page.QuerySelectorAll(".story__body tr > :nth-child(3)").Select(cell => cell.ClassName));
        Assert.Empty(page.QuerySelectorAll(".story__body tr > :first-child[class]"));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RenderAsync(NewsPortalFactory app)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await StoriesCommand.RenderAsync(app.Services, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static Task<int> WriteHtmlAsync(NewsPortalFactory app, int id, string html) =>
        app.WithStoreAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(set => set.SetProperty(a => a.BodyHtml, html)));

    private static Task<int> RevisionsAsync(NewsPortalFactory app, int id) =>
        app.WithStoreAsync((NewsPortalDbContext db) => db.ArticleRevisions.CountAsync(r => r.ArticleId == id));
}
