using System.Net;
using AngleSharp.Dom;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Tags;

namespace NewsPortal.Tests.Search;

/// <summary>A search for a tag's name points the reader to the tag's page above the stories it finds.</summary>
public class SearchTopicsTests
{
    private static readonly DateTimeOffset HourAgo = NewsPortalFactory.SeedEvening.AddHours(-1);

    [Theory]
    [InlineData("Zelensky")]
    [InlineData("zelensky")]
    [InlineData("ZELENSKY")]
    [InlineData("Zelensky's")]
    [InlineData("  zelensky  ")]
    [InlineData("ＺＥＬＥＮＳＫＹ")]
    public async Task ASearchForATagsNameLinksToTheTagAboveTheResults(string query)
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("President meets the mayors", HourAgo, ["Zelensky"], body: "The president spoke to the mayors.");

        var page = await app.CreateReader().GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(["#Zelensky →"], Topics(page));
        Assert.Equal(["/tags/zelensky"], TopicLinks(page));
        Assert.Equal("Topics:", page.Text(".search-topics__label"));
        Assert.True(page.QuerySelector(".search-topics")!.CompareDocumentPosition(page.QuerySelector(".listing__count")!).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public async Task TheWholeNameComesFirstThenNamesStartingWithItThenNamesWithItAsALaterWord()
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("Power cuts across the region", HourAgo,
            ["Renewable energy", "Energy sector", "Energy", "Energy prices", "Synergy", "Energetics"]);

        var page = await app.CreateReader().GetPageAsync("/search?q=energy");

        Assert.Equal(["#Energy →", "#Energy prices →", "#Energy sector →", "#Renewable energy →"], Topics(page));
    }

    [Theory]
    [InlineData("energy sector", "#Energy sector →")]
    [InlineData("ENERGY-SECTOR", "#Energy sector →")]
    [InlineData("wladyslaw", "#Władysław Kosiniak-Kamysz →")]
    [InlineData("Kosiniak", "#Władysław Kosiniak-Kamysz →")]
    [InlineData("zurich", "#Zürich →")]
    [InlineData("Zelensk", "#Volodymyr Zelensky →")]
    [InlineData("КИЇВ", "#Київ →")]
    [InlineData("Kyiv", "#Київ →")]
    public async Task NamesAreMatchedWhateverTheirCaseAccentsAndLetters(string query, string topic)
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("Ministers meet", HourAgo, ["Energy sector", "Władysław Kosiniak-Kamysz", "Zürich", "Volodymyr Zelensky", "Київ"]);

        var page = await app.CreateReader().GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal([topic], Topics(page));
    }

    // A short word is looked for as a whole word, as the search does: "war" is not the start of Warsaw.
    [Fact]
    public async Task AShortWordNamesTagsWithThatWordOnly()
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("Front line report", HourAgo, ["Warsaw", "War crimes", "Cyber war", "Award", "War"]);

        var page = await app.CreateReader().GetPageAsync("/search?q=war");

        Assert.Equal(["#War →", "#War crimes →", "#Cyber war →"], Topics(page));
    }

    [Fact]
    public async Task AFewTopicsAreShownAtMost()
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("Markets", HourAgo, [.. Enumerable.Range(1, 9).Select(i => $"Energy report {i}")]);

        var page = await app.CreateReader().GetPageAsync("/search?q=energy");

        Assert.Equal(5, Topics(page).Count);
    }

    [Fact]
    public async Task OnlyTagsThatAStoryReadersMaySeeCarriesAreNamed()
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("Merger draft", HourAgo, ["Merger talks"], status: ArticleStatus.Draft);
        await app.AddStoryAsync("Merger unpublished", HourAgo, ["Merger vote"], status: ArticleStatus.Unpublished);
        await app.AddStoryAsync("Merger scheduled", NewsPortalFactory.SeedEvening.AddHours(1), ["Merger deal"]);
        var reader = app.CreateReader();

        Assert.Empty(Topics(await reader.GetPageAsync("/search?q=merger")));

        app.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(["#Merger deal →"], Topics(await reader.GetPageAsync("/search?q=merger")));
    }

    // Names that spell one address are several tags; the one typed comes first.
    [Fact]
    public async Task TheTagWhoseNameWasTypedComesBeforeOthersSpeltAlike()
    {
        using var app = new NewsPortalFactory();
        await app.WithStoreAsync(async db =>
        {
            db.Tags.AddRange(new Tag { Name = "C#", Slug = "c" }, new Tag { Name = "C++", Slug = "c-2" });
            return await db.SaveChangesAsync();
        });
        await app.AddStoryAsync("Languages compared", HourAgo, ["c", "c-2"]);

        var page = await app.CreateReader().GetPageAsync("/search?q=C%2B%2B");

        Assert.Equal(["#C++ →", "#C# →"], Topics(page));
        Assert.Equal(["/tags/c-2", "/tags/c"], TopicLinks(page));
    }

    // None of these spells a tag's name: wildcards, quotes and operators are not query syntax, and mark-up is words.
    [Theory]
    [InlineData("%")]
    [InlineData("%%%%")]
    [InlineData("_")]
    [InlineData("____")]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("-")]
    [InlineData("'; DROP TABLE Tags; --")]
    [InlineData("e%")]
    [InlineData("%-%")]
    [InlineData("ener_y")]
    [InlineData("NOT energy OR")]
    [InlineData("<b>Energy</b>")]
    public async Task HostileQueriesNameNoTag(string query)
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("Power cuts", HourAgo, ["Energy", "Energy sector", "G-7", "Gas"]);

        var page = await app.CreateReader().GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Empty(Topics(page));
    }

    [Fact]
    public async Task AThousandCharacterQueryNamesNoTag()
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("Power cuts", HourAgo, ["Energy"]);

        var page = await app.CreateReader().GetPageAsync($"/search?q={string.Join(' ', Enumerable.Repeat("energy", 150))[..1000]}");
        var tooLong = await app.CreateReader().GetPageAsync($"/search?q={new string('e', 5000)}", HttpStatusCode.BadRequest);

        Assert.Empty(Topics(page));
        Assert.Empty(Topics(tooLong));
    }

    [Fact]
    public async Task ATagsNameIsShownAsTextNotMarkup()
    {
        using var app = new NewsPortalFactory();
        const string Name = "<b onclick=\"alert(1)\">Breaking</b> & \"quoted\"";
        await app.WithStoreAsync(async db =>
        {
            db.Tags.Add(new Tag { Name = Name, Slug = Slug.ForName(Name) });
            return await db.SaveChangesAsync();
        });
        await app.AddStoryAsync("Breaking news", HourAgo, [Slug.ForName(Name)]);

        var page = await app.CreateReader().GetPageAsync("/search?q=breaking");

        Assert.Equal([$"#{Name} →"], Topics(page));
        Assert.Empty(page.QuerySelectorAll(".search-topics b"));
    }

    [Fact]
    public async Task LaterPagesOfResultsLeaveTheTopicsToTheFirst()
    {
        using var app = new NewsPortalFactory().With("Newsroom:PageSize", "2");
        for (var i = 1; i <= 3; i++)
        {
            await app.AddStoryAsync($"Energy report {i}", HourAgo.AddMinutes(-i), ["Energy"]);
        }

        var reader = app.CreateReader();
        var first = await reader.GetPageAsync("/search?q=energy");
        var second = await reader.GetPageAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(["#Energy →"], Topics(first));
        Assert.Empty(Topics(second));
    }

    private static IReadOnlyList<string> Topics(IDocument page) => page.Texts(".search-topics li a");

    private static List<string?> TopicLinks(IDocument page) =>
        page.QuerySelectorAll(".search-topics li a").Select(a => a.GetAttribute("href")).ToList();
}
