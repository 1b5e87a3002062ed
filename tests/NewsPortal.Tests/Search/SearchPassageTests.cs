using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Search;

/// <summary>The passage under a search result reads as the story's text on its page, whatever Markdown the match sits in.</summary>
public class SearchPassageTests
{
    // The word is in the text too: PostgreSQL reads a web address as one word, so only SQLite finds the words in it.
    [Theory]
    [InlineData("The lighthouse report is at <https://example.com/lighthouse-report> today.",
        "The lighthouse report is at https://example.com/lighthouse-report today.")]
    [InlineData("The lighthouse report is at https://example.com/lighthouse-report today.",
        "The lighthouse report is at https://example.com/lighthouse-report today.")]
    [InlineData("The *lighthouse* keeper wrote **the log**, and [the wire](https://example.com/lighthouse) quoted it.",
        "The lighthouse keeper wrote the log, and the wire quoted it.")]
    [InlineData("![The lighthouse at dusk](https://example.com/lighthouse.jpg)", "The lighthouse at dusk")]
    [InlineData("| Lighthouse | Keeper |\n| --- | --- |\n| Cape Point | Anna |", "Lighthouse Keeper Cape Point Anna")]
    [InlineData("The lighthouse <b>keeper</b> stayed.", "The lighthouse <b>keeper</b> stayed.")]
    [InlineData("First paragraph about the harbour.\n\n> The **lighthouse** keeper said: `lamp on`.", "The lighthouse keeper said: lamp on.")]
    public async Task PassagesReadAsPlainTextWhateverMarkdownTheMatchSitsIn(string body, string passage)
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("Coast news", NewsPortalFactory.SeedEvening.AddHours(-1), body: body);

        var page = await fresh.CreateReader().GetPageAsync("/search?q=lighthouse");

        Assert.Equal(["Coast news"], page.Texts("main ol li a"));
        Assert.Equal(passage, page.Text(".search-results__snippet"));
        Assert.All(page.Texts(".search-results__snippet mark"), mark => Assert.Equal("lighthouse", mark, ignoreCase: true));
    }

    [Fact]
    public async Task ALongStoryShowsTheWordsAroundItsMatchesBetweenEllipses()
    {
        using var fresh = new NewsPortalFactory();
        var before = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"before{i}"));
        var after = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"after{i}"));
        await fresh.AddStoryAsync("Coast news", NewsPortalFactory.SeedEvening.AddHours(-1), body: $"{before} the **lighthouse** keeper {after}");

        var page = await fresh.CreateReader().GetPageAsync("/search?q=lighthouse");

        Assert.Equal("…before38 before39 before40 the lighthouse keeper after1 after2 after3 after4 after5 after6 after7 after8 after9 after10 after11 after12 after13 after14 after15 after16 after17 after18…",
            page.Text(".search-results__snippet"));
        Assert.Equal(["lighthouse"], page.Texts(".search-results__snippet mark"));
    }
}
