using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Articles;

/// <summary>The operator's <c>stories render</c>, run as its own process beside the serving site, as the README says.</summary>
[SqliteOnly]
[Collection(AppProcesses.Name)]
public class StoriesCommandTests
{
    [Fact]
    public async Task StoriesRenderBringsAStoreUpToDateWhileTheSiteServesAndSaysHowManyChanged()
    {
        using var app = new NewsPortalFactory();
        var story = await app.AddStoryAsync("Minister's briefing", NewsPortalFactory.SeedEvening, body: "Before.\n\nhttps://vimeo.com/76979871\n\nAfter.");
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Id == story.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.BodyHtml, "<p>Before.</p>\n<p><a href=\"https://vimeo.com/76979871\">https://vimeo.com/76979871</a></p>\n<p>After.</p>\n")));
        var stories = await app.WithStoreAsync(db => db.Articles.CountAsync());
        var store = ("ConnectionStrings__NewsPortal", $"Data Source={app.DatabasePath}");

        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["stories", "render"], null, store);
        var usage = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60), ["stories"], null, store);

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal($"Rendered {stories} stories again: 1 changed, {stories - 1} already current.{Environment.NewLine}", run.StandardOutput);
        Assert.Contains($"{stories} stories rendered again", run.StandardError, StringComparison.Ordinal);
        Assert.Single((await app.CreateReader().GetPageAsync($"/articles/{story.Id}/{story.Slug}")).QuerySelectorAll("figure.video iframe"));
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains($"Usage: {StoriesCommand.Usage}", usage.StandardError, StringComparison.Ordinal);
    }
}
