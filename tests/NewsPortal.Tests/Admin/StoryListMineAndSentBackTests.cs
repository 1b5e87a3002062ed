using System.Net;
using AngleSharp.Dom;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// The story list's "mine" filter (the stories the signed-in user wrote) and its "sent back" state (drafts an editor
/// returned to their authors, until they are sent for review again), alone, together and with the other filters.
/// </summary>
public class StoryListMineAndSentBackTests
{
    /// <summary>Writes a story as the user and sends it for review or saves it; returns its editor's address.</summary>
    private static async Task<string> WriteAsync(HttpClient user, string headline, string handler = "Submit")
    {
        using var response = await user.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm(headline), handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static async Task SendBackAsync(HttpClient editor, string editUrl)
    {
        using var response = await editor.SubmitFormAsync(editUrl, "form.send-back__form", new() { ["SendBackNote"] = "Name the source." });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task SendAsync(HttpClient user, string editUrl, string handler)
    {
        using var response = await user.SubmitFormAsync(editUrl, "form.editor__form", [], handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static IReadOnlyList<string> Headlines(IDocument list) => list.Texts("tbody tr td:first-child a, tbody tr td:first-child span[dir]");

    [Theory]
    [InlineData("")]
    [InlineData("published")]
    [InlineData("headline")]
    public async Task MineListsTheStoriesTheUserWroteInEveryOrderAndNotThoseAnEditorOnlyWorkedOn(string sort)
    {
        using var app = new NewsPortalFactory();
        var olena = await app.SignedInAsync(Roles.Author, "olena@example.com");
        var taras = await app.SignedInAsync(Roles.Author, "taras@example.com");
        var editor = await app.SignedInAsync(Roles.Editor, "desk@example.com");
        var ferry = await WriteAsync(olena, "Ferry timetable changes");
        await WriteAsync(olena, "Bridge repairs begin", "Save");
        await WriteAsync(taras, "Market prices rise");
        await WriteAsync(editor, "Desk note on the port", "Save");
        await SendAsync(editor, ferry, "Publish");

        var hers = await olena.GetPageAsync($"/admin?mine=true&sort={sort}");
        var desks = await editor.GetPageAsync($"/admin?mine=true&sort={sort}");

        Assert.Equal("2 stories", hers.Text(".listing__count"));
        Assert.Equal(["Bridge repairs begin", "Ferry timetable changes"], Headlines(hers).Order());
        // The editor published Olena's story: it is still hers.
        Assert.Equal(["Desk note on the port"], Headlines(desks));
    }

    [Fact]
    public async Task SentBackListsTheDraftsWaitingOnTheirAuthorsUntilTheyAreSentForReviewAgainOrPublished()
    {
        using var app = new NewsPortalFactory();
        var olena = await app.SignedInAsync(Roles.Author, "olena@example.com");
        var taras = await app.SignedInAsync(Roles.Author, "taras@example.com");
        var editor = await app.SignedInAsync(Roles.Editor);
        var ferry = await WriteAsync(olena, "Ferry timetable changes");
        var bridge = await WriteAsync(olena, "Bridge repairs begin");
        var market = await WriteAsync(taras, "Market prices rise");
        await WriteAsync(olena, "Harbour cranes return");
        await WriteAsync(olena, "Port strike talks", "Save");
        foreach (var story in new[] { ferry, bridge, market })
        {
            await SendBackAsync(editor, story);
        }

        Assert.Equal(["Bridge repairs begin", "Ferry timetable changes", "Market prices rise"], Headlines(await editor.GetPageAsync("/admin?state=SentBack")).Order());
        Assert.Equal(["Bridge repairs begin", "Ferry timetable changes"], Headlines(await olena.GetPageAsync("/admin?state=SentBack&mine=true")).Order());
        Assert.Equal(["Market prices rise"], Headlines(await taras.GetPageAsync("/admin?state=SentBack&mine=true&sort=headline")));

        // A save of the author's changes keeps the story waiting on them; sending it for review, or an editor publishing it, ends that.
        await SendAsync(olena, bridge, "Save");
        await SendAsync(olena, ferry, "Submit");
        await SendAsync(editor, market, "Publish");

        var sentBack = await editor.GetPageAsync("/admin?state=SentBack&sort=published");
        Assert.Equal("1 story", sentBack.Text(".listing__count"));
        Assert.Equal(["Bridge repairs begin"], Headlines(sentBack));
        Assert.Equal(["sent back to the author"], sentBack.Texts(".state-note"));
    }

    [Fact]
    public async Task TheFiltersStayInTheFormTheSortLinksAndThePagerSoTheListCanBeBookmarked()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        var editor = await app.SignedInAsync(Roles.Editor);
        for (var n = 1; n <= 26; n++)
        {
            await SendBackAsync(editor, await WriteAsync(author, $"Harbour report {n}"));
        }

        var list = await author.GetPageAsync("/admin?state=SentBack&mine=true&sort=headline");

        Assert.Equal("26 stories", list.Text(".listing__count"));
        Assert.True(list.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#FilterMine")!.IsChecked);
        Assert.Equal("SentBack", list.QuerySelector("#FilterState option[selected]")!.GetAttribute("value"));
        Assert.All(list.QuerySelectorAll("a.sort-link").Select(link => link.GetAttribute("href")),
            href => Assert.StartsWith("/admin?state=SentBack&mine=true", href, StringComparison.Ordinal));
        var next = list.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/admin?state=SentBack&mine=true&sort=headline&page=2", next);
        Assert.Single((await author.GetPageAsync(next)).QuerySelectorAll("tbody tr"));
    }

    [Theory]
    [InlineData("/admin?mine=yes")]
    [InlineData("/admin?mine=1")]
    public async Task AMineThatIsNotTrueOrFalseIsA400SayingHowToWriteIt(string url)
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);

        var page = await author.GetPageAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal("\"Mine\" in the filter is mine=true, or left out for everyone's stories.", page.Text(".status-page__message"));
    }
}
