using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Admin;

public class StoryListFilterTests
{
    private const string Kyiv = "Київ: новини дня";
    private const string Lviv = "Львів: погода";

    [Theory]
    [InlineData("київ")]
    [InlineData("КИЇВ")]
    [InlineData("Новини")]
    [InlineData("straße")]
    [InlineData("ÉCOLE")]
    [InlineData("kyiv")]
    public async Task TheFilterIgnoresLetterCaseInEveryScript(string typed)
    {
        var page = await ListFilteredByAsync(typed);

        Assert.Equal("1 story", page.Text(".listing__count"));
        Assert.Contains(Kyiv, page.Text("tbody"), StringComparison.Ordinal);
    }

    [Theory]
    // A body is searched word by word, as readers' search reads it: in any order, accents and case aside, and the
    // last word also as the start of a longer one.
    [InlineData("vote Kyiv")]
    [InlineData("ecole")]
    [InlineData("strasse")]
    [InlineData("after the strass")]
    // A headline still holds the text anywhere, part-words included.
    [InlineData("новини дн")]
    [InlineData("їв: нов")]
    public async Task TheFilterFindsABodysWordsAsSearchDoesAndAHeadlinesTextAnywhere(string typed)
    {
        var page = await ListFilteredByAsync(typed);

        Assert.Equal("1 story", page.Text(".listing__count"));
        Assert.Contains(Kyiv, page.Text("tbody"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastedControlCharactersAreNeitherShownBackNorLookedFor()
    {
        var page = await ListFilteredByAsync("Київ:\u000Bновини\u0001");

        // Written out, they were character references HTML forbids.
        Assert.Equal("Київ: новини", page.QuerySelector("#FilterText")!.GetAttribute("value"));
        Assert.Equal("1 story", page.Text(".listing__count"));
    }

    [Theory]
    [InlineData("погода")]
    [InlineData("else")]
    public async Task TheFilterFindsDraftsByTheirWordsToo(string typed)
    {
        var page = await ListFilteredByAsync(typed);

        Assert.Equal("1 story", page.Text(".listing__count"));
        Assert.Contains(Lviv, page.Text("tbody"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nothing at all")]
    [InlineData("«»")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("NEAR(kyiv harbour)")]
    [InlineData("kyiv OR")]
    public async Task TextNoStoryHoldsFindsNothingAndSaysSo(string typed)
    {
        var page = await ListFilteredByAsync(typed);

        Assert.Equal("0 stories", page.Text(".listing__count"));
        Assert.Null(page.QuerySelector("tbody tr"));
    }

    [Fact]
    public async Task AHeadlineRewrittenOrDeletedIsFoundByWhatItNowSaysAndNoLongerByWhatItSaid()
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync(Kyiv, NewsPortalFactory.SeedEvening.AddHours(-1));
        var lviv = await app.AddStoryAsync(Lviv, NewsPortalFactory.SeedEvening.AddHours(-2));
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Headline == Kyiv).ExecuteUpdateAsync(s => s.SetProperty(a => a.Headline, "Харків: новини дня")));
        await app.WithStoreAsync(db => db.Articles.Where(a => a.Id == lviv.Id).ExecuteDeleteAsync());
        var editor = await app.SignedInAsync(Roles.Editor);

        Assert.Equal("1 story", (await editor.GetPageAsync("/admin?q=ХАРКІВ")).Text(".listing__count"));
        Assert.Equal("0 stories", (await editor.GetPageAsync("/admin?q=київ")).Text(".listing__count"));
        Assert.Equal("0 stories", (await editor.GetPageAsync("/admin?q=львів")).Text(".listing__count"));
    }

    // The story list of a newsroom with a published story and a draft, besides the seed story, filtered by the text.
    private static async Task<IDocument> ListFilteredByAsync(string typed)
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync(Kyiv, NewsPortalFactory.SeedEvening.AddHours(-1), body: "Kyiv after the STRASSE vote, near the Straße école.");
        await app.AddStoryAsync(Lviv, NewsPortalFactory.SeedEvening.AddHours(-2), body: "Nothing else.", status: ArticleStatus.Draft);
        var editor = await app.SignedInAsync(Roles.Editor);
        return await editor.GetPageAsync($"/admin?q={Uri.EscapeDataString(typed)}");
    }
}
