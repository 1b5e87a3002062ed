using AngleSharp.Dom;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// A screen reader walks a page by its headings: the body's sections must sit under the story's headline, in the
/// newsroom's preview (headline h3) as on the story page (headline h1).
/// </summary>
public class PreviewOutlineTests
{
    private const string Headline = "Odesa harbour reopens";

    // Every level Markdown has, then back up to a section.
    private const string Body =
        """
        # Background

        The storm closed the port.

        ## What changes

        Grain first.

        ### For shippers

        Berths 3 to 7.

        #### Berth 5

        The cranes turn.

        ##### Cranes

        Two of them.

        ###### Night shift

        Until six.

        ## Next week

        The rest follow.
        """;

    [Fact]
    public async Task ThePreviewsBodyHeadingsAreSectionsOfItsHeadlineWithNoLevelSkipped()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var form = Stories.NewStoryForm(Headline);
        form["Draft.Body"] = Body;

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", form, "Preview");
        var preview = (await response.ParseAsync()).QuerySelector("section.preview")!;

        Assert.Equal(
            ["2 Preview", $"3 {Headline}", "4 Background", "4 What changes", "5 For shippers", "6 Berth 5", "6 Cranes", "6 Night shift", "4 Next week"],
            Outline(preview));
        AssertProperOutlineUnder(Outline(preview.QuerySelector("article.story")!));
    }

    [Fact]
    public async Task TheStoryPageKeepsTheBodysHeadingsUnderItsH1()
    {
        using var app = new NewsPortalFactory();
        var story = await app.AddStoryAsync(Headline, NewsPortalFactory.SeedEvening.AddMinutes(-5), body: Body);

        var page = await app.CreateReader().GetPageAsync(Urls.Article(story.Id, story.Slug));

        var outline = Outline(page.QuerySelector("article.story")!);
        Assert.Equal(
            [$"1 {Headline}", "2 Background", "2 What changes", "3 For shippers", "4 Berth 5", "5 Cranes", "6 Night shift", "2 Next week"],
            outline.Take(8));
        AssertProperOutlineUnder(outline);
    }

    /// <summary>The headings inside an element, in order, as "level text".</summary>
    private static List<string> Outline(IElement scope) =>
        [.. scope.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(heading => $"{heading.LocalName[1..]} {heading.Text()}")];

    /// <summary>The first heading is the headline; every other goes below it, and one level at most deeper than the last.</summary>
    private static void AssertProperOutlineUnder(List<string> outline)
    {
        var levels = outline.Select(heading => heading[0] - '0').ToList();
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] > levels[0], $"'{outline[i]}' is not under the headline '{outline[0]}'");
            Assert.True(levels[i] <= levels[i - 1] + 1, $"'{outline[i]}' skips a level after '{outline[i - 1]}'");
        }
    }
}
