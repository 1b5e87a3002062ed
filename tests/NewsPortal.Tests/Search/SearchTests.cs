using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Search;

namespace NewsPortal.Tests.Search;

public class SearchTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task FindsTheSeedStoryWithTheMatchMarked()
    {
        var page = await app.CreateReader().GetPageAsync("/search?q=Kubilius");

        var results = page.QuerySelectorAll("main ol li");
        Assert.Equal("Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products", results[0].QuerySelector("a")!.Text());
        Assert.Equal("Kubilius", results[0].QuerySelector("a mark")!.Text());
        Assert.Contains("Kubilius", results[0].QuerySelectorAll(".search-results__snippet mark").Select(m => m.Text()));
        Assert.Equal("1 story found for “Kubilius”", page.Text(".listing__count"));
    }

    [Fact]
    public async Task AHeadlineMatchOutranksABodyMatch()
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("Weather report for the week", NewsPortalFactory.SeedEvening.AddHours(-1), body: "Farmers expect the lighthouse keepers to report storms, and the lighthouse is closed.");
        await fresh.AddStoryAsync("Lighthouse reopens to visitors", NewsPortalFactory.SeedEvening.AddHours(-3), body: "The old tower on the cape opens again.");

        var page = await fresh.CreateReader().GetPageAsync("/search?q=lighthouse");

        Assert.Equal(["Lighthouse reopens to visitors", "Weather report for the week"], page.Texts("main ol li a"));
    }

    [Fact]
    public async Task HeadlineMatchesComeFirstNewestFirstThenBodyMatchesNewestFirst()
    {
        using var fresh = new NewsPortalFactory();
        var evening = NewsPortalFactory.SeedEvening;
        await fresh.AddStoryAsync("Harbour", evening.AddHours(-5), body: "");
        await fresh.AddStoryAsync("The harbour authority reports on a busy year of shipping", evening.AddHours(-2),
            body: "The harbour saw more ships. The harbour grew. The harbour is busy.");
        await fresh.AddStoryAsync("Fishermen count the catch", evening.AddHours(-1), body: "Boats came back to the harbour at dawn.");
        await fresh.AddStoryAsync("Ferries run late", evening.AddHours(-3), body: "Delays at the harbour.");

        var page = await fresh.CreateReader().GetPageAsync("/search?q=harbour");

        Assert.Equal(
            ["The harbour authority reports on a busy year of shipping", "Harbour", "Fishermen count the catch", "Ferries run late"],
            page.Texts("main ol li a"));
    }

    // Any one searched word in the headline ranks a story with the headline matches, the last word also as a start.
    [Fact]
    public async Task OneSearchedWordInTheHeadlineIsAHeadlineMatch()
    {
        using var fresh = new NewsPortalFactory();
        var evening = NewsPortalFactory.SeedEvening;
        await fresh.AddStoryAsync("Ferry timetable changes", evening.AddHours(-4), body: "Boats leave the harbour later.");
        await fresh.AddStoryAsync("Harbour fees rise", evening.AddHours(-3), body: "Ferries pay more.");
        await fresh.AddStoryAsync("Weather for the coast", evening.AddHours(-1), body: "Harbour ferries may stop.");

        var page = await fresh.CreateReader().GetPageAsync("/search?q=harbour%20ferr");

        Assert.Equal(["Harbour fees rise", "Ferry timetable changes", "Weather for the coast"], page.Texts("main ol li a"));
        Assert.Equal("\"harbour\" OR \"ferr\" *", FtsQuery.AnyOf("harbour ferr"));
    }

    [Fact]
    public async Task SnippetsShowTheTextAsReadersSeeItNotItsMarkdown()
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("Written in the newsroom", NewsPortalFactory.SeedEvening.AddHours(-1),
            body: "The **lighthouse** keeper [told us](https://example.com/interview) the tower was *closed* for the winter storms");
        await fresh.AddStoryAsync("From the wire", NewsPortalFactory.SeedEvening.AddHours(-2),
            body: MarkdownText.Escape("Lighthouse keepers say <b>no</b> & 50% *not* closed_today, and the wire says so"));

        var page = await fresh.CreateReader().GetPageAsync("/search?q=lighthouse");

        var snippets = page.Texts(".search-results__snippet");
        Assert.Contains("The lighthouse keeper told us the tower was closed for the winter", snippets[0], StringComparison.Ordinal);
        Assert.Contains("Lighthouse keepers say <b>no</b> & 50% *not* closed_today", snippets[1], StringComparison.Ordinal);
        Assert.All(snippets, snippet => Assert.DoesNotContain("\\", snippet, StringComparison.Ordinal));
        Assert.DoesNotContain("](", snippets[0], StringComparison.Ordinal);
        Assert.Equal(["lighthouse", "Lighthouse"], page.Texts(".search-results__snippet mark"));
    }

    [Theory]
    [InlineData("lighthouse's")]
    [InlineData("Lighthouse’s")]
    [InlineData("LIGHTHOUSEʼS keeper")]
    public async Task APossessiveLooksForTheNameItself(string query)
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("Lighthouse keeper retires", NewsPortalFactory.SeedEvening.AddHours(-1), body: "The old tower on the cape gets a new keeper.");

        var page = await fresh.CreateReader().GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(["Lighthouse keeper retires"], page.Texts("main ol li a"));
    }

    [Theory]
    [InlineData("wladyslaw", "Władysław")]
    [InlineData("Wladyslaw Kosiniak", "Władysław")]
    [InlineData("Władysław", "Władysław")]
    public async Task LettersWithAStrokeAreFoundTypedWithoutIt(string query, string marked)
    {
        var page = await app.CreateReader().GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Single(page.Texts("main ol li a"));
        Assert.Contains(marked, page.Texts(".search-results__snippet mark"));
    }

    [Fact]
    public async Task EveryFoldedLetterIsFoundTypedPlainAndMarkedAsWritten()
    {
        using var fresh = new NewsPortalFactory();
        var words = SearchFolding.Letters.Select(pair => (Written: $"q{pair.Letter}q", Plain: $"q{pair.Plain}q")).ToList();
        await fresh.AddStoryAsync("Letters of Europe", NewsPortalFactory.SeedEvening.AddHours(-1), body: string.Join(" ", words.Select(w => w.Written)));
        var reader = fresh.CreateReader();

        foreach (var plain in words.Select(w => w.Plain.ToLowerInvariant()).Distinct())
        {
            var page = await reader.GetPageAsync($"/search?q={plain}");

            Assert.Equal(["Letters of Europe"], page.Texts("main ol li a"));
            // Letter case is ignored too: "qlq" is both "qłq" and "qŁq".
            Assert.Equal(
                words.Where(w => w.Plain.Equals(plain, StringComparison.OrdinalIgnoreCase)).Select(w => w.Written),
                page.Texts(".search-results__snippet mark"));
        }
    }

    [Fact]
    public async Task AWordBeforeAUkrainianApostropheIsAWordOfItsOwn()
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("Defence ministers meet", NewsPortalFactory.SeedEvening.AddHours(-1), body: "Umerovʼs plan for drone procurement was approved.");

        var page = await fresh.CreateReader().GetPageAsync("/search?q=umerov%20plan");

        Assert.Equal(["Defence ministers meet"], page.Texts("main ol li a"));
        Assert.Equal(["Umerov", "plan"], page.Texts(".search-results__snippet mark"));
    }

    [Fact]
    public async Task WordsAreAllRequiredAndTheLastMayBeTheStartOfAWord()
    {
        var reader = app.CreateReader();

        Assert.Single((await reader.GetPageAsync("/search?q=Umerov%20Kubil")).Texts("main ol li a"));
        Assert.Empty((await reader.GetPageAsync("/search?q=Kubilius%20Pentagon")).Texts("main ol li a"));
        Assert.Equal("Władysław", (await reader.GetPageAsync("/search?q=W%C5%81ADYS%C5%81AW")).Text(".search-results__snippet mark"));
    }

    // A short last word is the word itself: as a start, "a" or "the" stands for thousands of words, which made a
    // search on a large archive take seconds, and a reader typing "yak" means yaks, not Yakutsk.
    [Fact]
    public async Task AShortLastWordIsLookedForAsAWholeWord()
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("Yak herders meet", NewsPortalFactory.SeedEvening.AddHours(-1), body: "Herders arrive early.");
        await fresh.AddStoryAsync("Yakutsk hosts a summit", NewsPortalFactory.SeedEvening.AddHours(-2), body: "Leaders meet.");
        var reader = fresh.CreateReader();

        Assert.Equal(["Yak herders meet"], (await reader.GetPageAsync("/search?q=yak")).Texts("main ol li a"));
        Assert.Equal(["Yakutsk hosts a summit"], (await reader.GetPageAsync("/search?q=yaku")).Texts("main ol li a"));
        Assert.Empty((await reader.GetPageAsync("/search?q=herders%20a")).Texts("main ol li a")); // not "arrive"
        Assert.Equal("\"yak\"", FtsQuery.From("yak"));
        Assert.Equal("\"herders\" \"arri\" *", FtsQuery.From("herders arri"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unbalanced")]
    [InlineData("Umerov AND")]
    [InlineData("NOT Umerov")]
    [InlineData("Umerov OR")]
    [InlineData("NEAR(Umerov Kubilius)")]
    [InlineData("*")]
    [InlineData("Umer*")]
    [InlineData("(((Umerov")]
    [InlineData("Headline:Umerov")]
    [InlineData("^Umerov")]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("\u0000Umerov")]
    [InlineData("Умєров")]
    [InlineData("%")]
    [InlineData("-")]
    public async Task AnyInputIsSafe(string query)
    {
        using var response = await app.CreateReader().GetAsync(new Uri($"/search?q={Uri.EscapeDataString(query)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(21, await app.WithStoreAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task AQueryIsShownBackWithoutTheControlAndBidiCharactersPageMarkupCannotCarry()
    {
        var page = await app.CreateReader().GetPageAsync($"/search?q={Uri.EscapeDataString("\u0000Kubilius\u0001\u000B\u202Eziggurat")}");

        // Written out, NUL and U+0001 were character references HTML forbids; U+202E reversed the rest of the line.
        Assert.Equal("Kubilius ziggurat", page.QuerySelector("main input[name=q]")!.GetAttribute("value"));
        Assert.Equal("0 stories found for “Kubilius ziggurat”", page.Text(".listing__count"));
        Assert.Equal("Search: Kubilius ziggurat — NewsPortal", page.Title);
    }

    [Fact]
    public async Task AThousandCharacterQueryIsRunAndALongerOneIsRefusedWithAMessage()
    {
        var reader = app.CreateReader();

        var longest = await reader.GetPageAsync($"/search?q={string.Join(' ', Enumerable.Repeat("umerov", 150))[..1000]}");
        var tooLong = await reader.GetPageAsync($"/search?q={new string('a', 5000)}", HttpStatusCode.BadRequest);

        Assert.Equal("Search for at most 1,000 characters.", tooLong.Text(".empty-note"));
        // The title, which tabs and bookmarks show, has the start of the query only.
        Assert.StartsWith("Search: umerov umerov", longest.Title);
        Assert.All(new[] { longest.Title, tooLong.Title }, title => Assert.InRange(title!.Length, 20, 120));
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=")]
    [InlineData("/search?q=%20%20")]
    public async Task AnEmptyQueryShowsTheFormAlone(string url)
    {
        var page = await app.CreateReader().GetPageAsync(url);

        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
        Assert.Null(page.QuerySelector("main ol"));
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=umerov")]
    [InlineData("/search?q=nothing%20like%20this")]
    public async Task SearchPagesAskSearchEnginesNotToIndexThem(string url)
    {
        var page = await app.CreateReader().GetPageAsync(url);

        Assert.Equal("noindex", page.QuerySelector("head meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task TheStoriesASearchFindsMayBeIndexed()
    {
        var reader = app.CreateReader();
        var search = await reader.GetPageAsync("/search?q=Kubilius");

        var story = await reader.GetPageAsync(search.QuerySelector("main ol li a")!.GetAttribute("href")!);

        Assert.Null(story.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task ASearchThatFindsNothingSaysWhatToTryNext()
    {
        var page = await app.CreateReader().GetPageAsync("/search?q=Kubilius%20zebras");

        Assert.Equal("0 stories found for “Kubilius zebras”", page.Text(".listing__count"));
        Assert.Equal("No story has all of these words. Check the spelling, or search for fewer words.", page.Text("main .empty-note"));
        Assert.Null(page.QuerySelector("main ol"));
    }

    [Fact]
    public async Task FullWidthLettersFindWhatTheirPlainLettersFind()
    {
        var reader = app.CreateReader();

        var plain = (await reader.GetPageAsync("/search?q=umerov")).Texts("main ol li a");
        var fullWidth = (await reader.GetPageAsync($"/search?q={Uri.EscapeDataString("ＵＭＥＲＯＶ")}")).Texts("main ol li a");

        Assert.NotEmpty(plain);
        Assert.Equal(plain, fullWidth);
    }

    [Theory]
    [InlineData("%22%2A%28%29")]
    [InlineData("%CA%BC")] // the Ukrainian apostrophe alone, which the index reads as a word break
    [InlineData("%E2%80%99%CA%BC%27")]
    public async Task AQueryOfOnlySymbolsSaysWhatToDo(string query)
    {
        var page = await app.CreateReader().GetPageAsync($"/search?q={query}");

        Assert.Equal("Type a word to search for.", page.Text(".empty-note"));
    }

    [Theory]
    [InlineData("before=0")]
    [InlineData("before=abc")]
    [InlineData("after=NaN_2025-03-07T12:00:00Z_1")]
    [InlineData("before=-1.5_2025-03-07T12:00:00Z")]
    [InlineData("before=-1.5_2025-03-07T12:00:00Z_1&after=-1.5_2025-03-07T12:00:00Z_1")]
    public async Task BadResultLinksAreRefused(string query)
    {
        await app.CreateReader().GetPageAsync($"/search?q=umerov&{query}", HttpStatusCode.BadRequest);
        await app.CreateReader().GetPageAsync("/search?q=umerov&before=1000_2000-01-01T00:00:00Z_1", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyPublishedStoriesAreFoundAndEditsAreFoundAtOnce()
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("Zeppelin draft", NewsPortalFactory.SeedEvening.AddHours(-1), status: ArticleStatus.Draft);
        await fresh.AddStoryAsync("Zeppelin unpublished", NewsPortalFactory.SeedEvening.AddHours(-1), status: ArticleStatus.Unpublished);
        await fresh.AddStoryAsync("Zeppelin scheduled", NewsPortalFactory.SeedEvening.AddHours(1));
        var live = await fresh.AddStoryAsync("Zeppelin live", NewsPortalFactory.SeedEvening.AddHours(-1), body: "About an <script>alert(1)</script> airship.");
        var reader = fresh.CreateReader();

        var page = await reader.GetPageAsync("/search?q=zeppelin");
        Assert.Equal(["Zeppelin live"], page.Texts("main ol li a"));
        Assert.Empty(page.QuerySelectorAll("main script"));

        await fresh.WithStoreAsync(db => db.Articles.Where(a => a.Id == live.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.Headline, "Airship live")));
        Assert.DoesNotContain("Zeppelin live", (await reader.GetPageAsync("/search?q=zeppelin")).Texts("main ol li a"));
        Assert.Equal(["Airship live"], (await reader.GetPageAsync("/search?q=airship")).Texts("main ol li a"));

        fresh.Time.Advance(TimeSpan.FromHours(2));
        Assert.Contains("Zeppelin scheduled", (await reader.GetPageAsync("/search?q=zeppelin")).Texts("main ol li a"));

        await fresh.WithStoreAsync(db => db.Articles.Where(a => a.Id == live.Id).ExecuteDeleteAsync());
        Assert.Empty((await reader.GetPageAsync("/search?q=airship")).Texts("main ol li a"));
    }

    [Fact]
    public async Task ResultsPageOnByRankAndBackWithEveryStoryOnce()
    {
        using var fresh = new NewsPortalFactory();
        for (var i = 1; i <= 45; i++)
        {
            // Equal texts rank equally: the story's own place must still order them, page after page.
            var body = string.Join(' ', Enumerable.Repeat("quokka", 1 + i % 3)) + " on the island.";
            await fresh.AddStoryAsync($"Island report {i}", NewsPortalFactory.SeedEvening.AddMinutes(-i), body: body);
        }

        var reader = fresh.CreateReader();
        var pages = new List<IReadOnlyList<string>>();
        for (var page = await reader.GetPageAsync("/search?q=quokka"); ; page = await reader.GetPageAsync(Link(page, "next")!))
        {
            Assert.Equal("45 stories found for “quokka”", page.Text(".listing__count"));
            pages.Add(page.Texts("main ol li a"));
            if (Link(page, "next") is null)
            {
                break;
            }
        }

        Assert.Equal([20, 20, 5], pages.Select(p => p.Count));
        Assert.Equal(45, pages.SelectMany(p => p).Distinct().Count());

        var last = await reader.GetPageAsync("/search?q=quokka");
        last = await reader.GetPageAsync(Link(last, "next")!);
        last = await reader.GetPageAsync(Link(last, "next")!);
        var middle = await reader.GetPageAsync(Link(last, "prev")!);
        Assert.Equal(pages[1], middle.Texts("main ol li a"));
        using var top = await reader.GetAsync(new Uri(Link(middle, "prev")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Found, top.StatusCode);
        Assert.Equal("/search?q=quokka", top.Headers.Location?.OriginalString);
    }

    // The count stops past the limit (an exact count of a common word on a large archive costs more than the
    // page); paging still reaches every story.
    [Fact]
    public async Task PastTheCountLimitTheCountSaysMoreThan()
    {
        using var fresh = new NewsPortalFactory().With("Newsroom:CountLimit", "3").With("Newsroom:PageSize", "2");
        for (var i = 1; i <= 4; i++)
        {
            await fresh.AddStoryAsync($"Wombat report {i}", NewsPortalFactory.SeedEvening.AddMinutes(-i), body: "A wombat crossed.");
        }

        var reader = fresh.CreateReader();
        var first = await reader.GetPageAsync("/search?q=wombat");
        Assert.Equal("More than 3 stories found for “wombat”", first.Text(".listing__count"));
        var second = await reader.GetPageAsync(Link(first, "next")!);
        Assert.Equal(4, first.Texts("main ol li a").Concat(second.Texts("main ol li a")).Distinct().Count());

        await fresh.WithStoreAsync(db => db.Articles.Where(a => a.Headline == "Wombat report 4").ExecuteDeleteAsync());
        var exact = await reader.GetPageAsync("/search?q=wombat");
        Assert.Equal("3 stories found for “wombat”", exact.Text(".listing__count"));
    }

    // The count of a search is read off the ranked window when it can be; past the window it must still be exact.
    [Fact]
    public async Task MoreMatchesThanTheRankedWindowHoldsAreCountedExactly()
    {
        using var fresh = new NewsPortalFactory().With("Newsroom:CountLimit", "5000");
        var matches = SqliteStorySearch.RankedWindow + 5;
        await fresh.WithStoreAsync(async db =>
        {
            var renderer = fresh.Services.GetRequiredService<BodyRenderer>();
            for (var i = 0; i < matches; i++)
            {
                var story = new Article
                {
                    Headline = $"Numbat sighting {i}", Slug = $"numbat-sighting-{i}", Section = "News", Status = ArticleStatus.Published,
                    PublishedAt = NewsPortalFactory.SeedEvening.UtcDateTime.AddMinutes(-i),
                };
                story.SetBody("A numbat was seen.", renderer);
                db.Articles.Add(story);
            }

            return await db.SaveChangesAsync();
        });

        var page = await fresh.CreateReader().GetPageAsync("/search?q=numbat");

        Assert.Equal($"{matches.ToString("N0", CultureInfo.InvariantCulture)} stories found for “numbat”", page.Text(".listing__count"));
    }

    private static string? Link(AngleSharp.Dom.IDocument page, string rel) =>
        page.QuerySelector($".pager a[rel={rel}]")?.GetAttribute("href");
}
