using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Import;

namespace NewsPortal.Tests.Import;

/// <summary>
/// Wire pages unlike the seed (Import/WirePages), each imported by a starting site and read on its story's page as a
/// reader gets it.
/// </summary>
public class WirePageSamplesTests
{
    [Fact]
    public async Task ListsInAStoryComeOutAsListsWithTheNumbersTheWireGave()
    {
        using var folder = SeedFile.FolderWithSample("lists.txt");
        using var app = SiteOn(folder);

        var body = (await StoryPageAsync(app)).QuerySelector(".story__body")!;

        Assert.Equal(["ul", "ol", "ul", "ol", "ul"], body.QuerySelectorAll("ul, ol").Select(list => list.LocalName));
        Assert.Equal(
            [["gas reserves of 13.2 bcm;", "protection of 50 energy facilities;", "a reserve of 1 GW of generation."],
                ["June 30 - inventory;", "August 1 - repairs;", "October 1 - readiness."],
                ["hospitals", "schools", "water utilities"],
                ["inspection", "repair", "test"],
                ["first starred point", "second starred point"]],
            body.QuerySelectorAll("ul, ol").Select(list => list.Children.Select(item => item.Text())));
        Assert.Equal("2", body.QuerySelector("ol")!.GetAttribute("start"));
        Assert.Equal(
            ["The plan provides for:", "The government set three deadlines:", "Priorities named by the minister:", "Steps in order:",
                "Items set apart by blank lines:", "One line that starts like an item is not a list:", "1. on its own", "- a lone dash line stays as written"],
            body.Children.Where(block => block.LocalName == "p").Select(paragraph => paragraph.Text()));
    }

    [Fact]
    public async Task AOneLineBriefWithWindowsLineEndingsShowsItsTextTimeAndTagsOnce()
    {
        using var folder = SeedFile.FolderWithSample("brief-windows-line-endings.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        Assert.Equal("Air raid alert declared in Kyiv", page.Text("h1"));
        Assert.Equal(["Developing."], page.Texts(".story__body > *"));
        // Five past midnight in Kyiv is the evening before in UTC (summer time, UTC+3).
        Assert.Equal("00:05 14.07.2025", page.Text(".story__meta time"));
        Assert.Equal("2025-07-13T21:05:00Z", page.QuerySelector(".story__meta time")!.GetAttribute("datetime"));
        Assert.Equal(["#Kyiv", "#Kyiv’s", "#air-raid", "#alert"], page.Texts(".story__tags a"));
        Assert.Null(page.QuerySelector(".story__photo"));
        Assert.Empty(page.QuerySelectorAll(".related"));
    }

    [Fact]
    public async Task AHeadlineRepeatedAboveTheBodyIsShownOnceAtTheTimeTheWireGave()
    {
        using var folder = SeedFile.FolderWithSample("headline-repeated.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        Assert.Equal(["The National Bank of Ukraine kept its key rate at 15.5% per annum, it said on Sunday."], page.Texts(".story__body > *"));
        // The clocks went back at 04:00 that night, so 03:30 came twice; the wire's time is read in summer time, the first.
        Assert.Equal("03:30 26.10.2025", page.Text(".story__meta time"));
        Assert.Equal("2025-10-26T00:30:00Z", page.QuerySelector(".story__meta time")!.GetAttribute("datetime"));
        // The page lists its own story under MORE ABOUT: that is not a second story.
        Assert.Equal(1, await app.WithStoreAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task AParagraphStartingWithPhotoOnAPageWithoutAPhotoStaysInTheStory()
    {
        using var folder = SeedFile.FolderWithSample("photo-word-in-body.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        Assert.Null(page.QuerySelector(".story__photo"));
        Assert.Equal(
            ["The forum will be held in Kyiv on March 12, the organisers said on Friday.",
                "Photo: accreditation for photographers closes on March 10 at the organisers' website.",
                "\"We expect 600 participants,\" the organisers said."],
            page.Texts(".story__body > *"));
    }

    [Fact]
    public async Task MarkdownAndHtmlCharactersShowAsWrittenAndNeverAsMarkup()
    {
        using var folder = SeedFile.FolderWithSample("markup-characters.txt");
        using var app = SiteOn(folder);
        var wire = Sample("markup-characters.txt");

        var page = await StoryPageAsync(app);

        Assert.Equal(wire.Headline, page.Text("h1"));
        Assert.Equal("Screenshot of <i>Diia</i> & co. *beta*", page.Text(".story__caption"));
        Assert.Equal("Photo: AT&T <Labs> _archive_", page.Text(".story__credit"));
        var body = page.QuerySelector(".story__body")!;
        Assert.Equal(wire.Paragraphs, body.Children.Select(paragraph => paragraph.TextContent));
        Assert.Contains("# This line starts with a hash", wire.Paragraphs);
        Assert.Contains("1. This line starts with a number and a full stop.", wire.Paragraphs);
        Assert.All(body.QuerySelectorAll("*"), element => Assert.Contains(element.LocalName, new[] { "p", "br", "a" }));
        Assert.All(body.QuerySelectorAll("a"), link => Assert.StartsWith("https://example.com/", link.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(["#C++", "#C#", "#AT&T", "#U.S.", "#Zelensky's", "#<script>"], page.Texts(".story__tags a"));
        Assert.Empty(page.QuerySelectorAll(".related"));
    }

    [Fact]
    public async Task WebAndEmailAddressesBecomeLinksAndNonLatinTagsKeepTheirLetters()
    {
        using var folder = SeedFile.FolderWithSample("links-and-addresses.txt");
        using var app = SiteOn(folder);
        var wire = Sample("links-and-addresses.txt");

        var page = await StoryPageAsync(app);

        var body = page.QuerySelector(".story__body")!;
        Assert.Equal(wire.Paragraphs, body.Children.Select(paragraph => paragraph.TextContent));
        Assert.Equal(
            ["https://www.president.gov.ua/en/news/statement_2025-05-20", "http://www.youtube.com/watch?v=abc_def*1",
                "mailto:press_office@mfa.gov.ua", "mailto:media@president.gov.ua", "https://mfa.gov.ua/en", "https://mfa.gov.ua/en/news", "https://t.me/V_Zelenskiy_official",
                "https://kmu.gov.ua/"],
            body.QuerySelectorAll("a").Select(link => link.GetAttribute("href")));
        Assert.Equal("https://www.president.gov.ua/photos/2025_05_20/talks(1).jpg", page.QuerySelector(".story__photo a")!.GetAttribute("href"));
        Assert.Equal(["#Зеленський", "#Україна", "#переговори", "#Kyiv-Lviv", "#EU/NATO"], page.Texts(".story__tags a"));
        Assert.Equal("/tags/zelenskyi", page.QuerySelector(".story__tags a")!.GetAttribute("href"));
        Assert.Equal(["Trump and Putin to talk on Monday"], page.Texts(".related--hot li a"));
    }

    [Fact]
    public async Task ALongInterviewKeepsEveryParagraphQuoteAndSubheadingInOrder()
    {
        using var folder = SeedFile.FolderWithSample("long-interview.txt");
        using var app = SiteOn(folder);
        var wire = Sample("long-interview.txt");

        var page = await StoryPageAsync(app);

        Assert.Equal(wire.Paragraphs, page.QuerySelector(".story__body")!.Children.Select(paragraph => paragraph.TextContent));
        Assert.Equal(45, wire.Paragraphs.Count);
        Assert.Contains(wire.Paragraphs, paragraph => paragraph.Length > 4_000);
        Assert.Contains("Paragraph 40: “We are working,” the minister said. „Це важливо“, — added the deputy. «Так», — he said.", wire.Paragraphs);
        Assert.Equal("25 min read", page.Text(".story__reading-time"));
        Assert.Equal("Photo: Interfax-Ukraine / Oleksandr Tsiganok", page.Text(".story__credit"));
        Assert.Equal(["Energy ministry reports on repairs"], page.Texts(".related--more-about li a"));
        Assert.Null(page.QuerySelector(".related--hot"));
    }

    [Theory]
    [InlineData("rada-citizenship-listed.txt", "rada-citizenship-story.txt")]
    [InlineData("rada-citizenship-story.txt", "rada-citizenship-listed.txt")]
    public async Task AStoryListedUnderAnotherSpellingIsImportedOnceUnderItsOwnHeadlineWhicheverPageComesFirst(string first, string second)
    {
        using var folder = SeedFile.FolderWithSamples(first, second);
        using var app = SiteOn(folder);
        var wire = Sample("rada-citizenship-story.txt");

        var stories = await app.WithStoreAsync(db => db.Articles.Where(a => a.Headline.Contains("Rada passes bill")).ToListAsync());
        var page = await app.CreateReader().GetPageAsync(Urls.Article(Assert.Single(stories).Id, stories[0].Slug));

        Assert.Equal(wire.Headline, page.Text("h1"));
        Assert.Equal(wire.LocalTime.ToString("HH:mm dd.MM.yyyy", CultureInfo.InvariantCulture), page.Text(".story__meta time"));
        Assert.Equal(wire.Paragraphs, page.Texts(".story__body > *"));
        Assert.Equal(["#Verkhovna_Rada", "#citizenship"], page.Texts(".story__tags a"));
    }

    [Fact]
    public async Task ATimeUnderLatestStopsTheImportNamingFileAndLineAndWritesNothing()
    {
        var error = await RefusedWithNothingWrittenAsync("rada-citizenship-story.txt", "latest-with-times.txt");

        Assert.Equal("001_latest-with-times.txt", error.FileName);
        Assert.Equal(27, error.Line);
        Assert.Contains("found the time \"19:00 01.06.2025\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListHeadersWrittenWithNoBreakOrDoubleSpacesEndTheBodyAndTheirListsAreImported()
    {
        using var folder = SeedFile.FolderWithSample("headers-with-no-break-spaces.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        Assert.Equal(
            ["The Kyiv metro will run until 00:30 on Fridays and Saturdays starting June 6, the Kyiv City State Administration said.",
                "Trains will run at intervals of 8-10 minutes in the evening."],
            page.Texts(".story__body > *"));
        Assert.Equal(["Zelensky signs law on multiple citizenship"], page.Texts(".related--hot li a"));
        var tram = await app.WithStoreAsync(db => db.Articles.SingleAsync(a => a.Headline == "Kyiv to test new tram route"));
        Assert.Equal(new DateTime(2025, 6, 1, 16, 0, 0, DateTimeKind.Utc), tram.PublishedAt);
        Assert.False(tram.PublishedAtIsEstimate);
    }

    [Fact]
    public async Task AdvertsBetweenTheItemsOfAListAreLeftOutAndTheListGoesOn()
    {
        using var folder = SeedFile.FolderWithSample("adverts-inside-lists.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        Assert.Equal(2, page.QuerySelectorAll(".story__body > p").Length);
        Assert.Equal(
            ["NBU sells $711 mln on interbank market over week", "NBU raises key policy rate to 15.5%"],
            page.Texts(".related--more-about li a"));
        Assert.Equal(["Zelensky signs law on multiple citizenship", "Enemy attacks Sumy with ballistic missiles, 35 dead"], page.Texts(".related--hot li a"));
        Assert.Contains("Hryvnia strengthens to 41.4 UAH/$ on interbank", page.Texts(".related--latest li a"));
        Assert.Equal(6, await app.WithStoreAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task TimesWithTwoSpacesOrATabBetweenHourAndDateAreTheWiresTimes()
    {
        using var folder = SeedFile.FolderWithSample("times-with-double-spaces.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        Assert.Equal("09:15 02.06.2025", page.Text(".story__meta time"));
        var tram = await app.WithStoreAsync(db => db.Articles.SingleAsync(a => a.Headline == "Kyiv to test new tram route"));
        Assert.Equal(new DateTime(2025, 6, 1, 16, 0, 0, DateTimeKind.Utc), tram.PublishedAt);
    }

    [Fact]
    public async Task AUkrainianStoryWithTitleCaseListHeadersAndNoPhotoKeepsItsListsOutOfTheBody()
    {
        using var folder = SeedFile.FolderWithSample("ukrainian-no-photo.txt");
        using var app = SiteOn(folder);
        var wire = Sample("ukrainian-no-photo.txt");

        var page = await StoryPageAsync(app);

        Assert.Equal("Укренерго: графіки відключень у понеділок не застосовуватимуться", page.Text("h1"));
        Assert.Equal("Економіка", wire.Section);
        Assert.Equal(wire.Paragraphs, page.Texts(".story__body > *"));
        Assert.Equal(2, wire.Paragraphs.Count);
        Assert.Null(page.QuerySelector(".story__photo"));
        Assert.Equal(["#Укренерго"], page.Texts(".story__tags a"));
        Assert.Equal(["09:40 13.04.2025 Укренерго закликає споживати електроенергію ощадливо у вечірні години"], page.Texts(".related--more-about li"));
        Assert.Equal(["Зеленський провів зустріч з прем'єр-міністром Бельгії"], page.Texts(".related--hot li a"));
        Assert.Contains("Курс гривні на міжбанку зміцнився до 41,2 грн/$", page.Texts(".related--latest li a"));
    }

    [Fact]
    public async Task LowerCaseListHeadersOnAPageWithoutTagsEndTheBodyAndTheirListsAreImported()
    {
        using var folder = SeedFile.FolderWithSample("lower-case-headers-no-tags.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        Assert.Equal(
            ["Two new bomb shelters will be opened in schools in Kyiv's Darnytskyi district by the beginning of the school year, the Kyiv City State Administration said."],
            page.Texts(".story__body > *"));
        Assert.Empty(page.QuerySelectorAll(".story__tags a"));
        Assert.Equal(["Zelensky, Merz discuss air defense"], page.Texts(".related--hot li a"));
        Assert.Equal(
            ["Cabinet extends martial law registration rules", "Kyiv schools to start school year offline", "Zelensky, Merz discuss air defense"],
            (await app.WithStoreAsync(db => db.Articles.Where(a => a.BodyMarkdown == "").ToListAsync())).Select(brief => brief.Headline).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task APhotoCreditOnTheLineUnderPhotoIsShownAsTheCreditAndNotAsTheStorysFirstParagraph()
    {
        using var folder = SeedFile.FolderWithSample("photo-credit-on-two-lines.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        Assert.Equal("Andrii Sybiha and Kaja Kallas at a meeting in Warsaw", page.Text(".story__caption"));
        Assert.Equal("Photo: Press service of the Ministry of Foreign Affairs of Ukraine", page.Text(".story__credit"));
        Assert.Equal(
            ["Minister of Foreign Affairs of Ukraine Andrii Sybiha has discussed with EU High Representative Kaja Kallas the preparation of the 17th package of sanctions against Russia.",
                "\"We agreed to keep up the pressure on the aggressor,\" Sybiha wrote on X."],
            page.Texts(".story__body > *"));
    }

    [Fact]
    public async Task AMoreAboutItemWithoutATimeIsImportedInItsPlaceAndShownWithoutOne()
    {
        using var folder = SeedFile.FolderWithSample("more-about-headline-without-time.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        Assert.Equal(
            ["11:00 11.08.2025 Naftogaz and Orlen sign gas supply agreement", "Naftogaz chief discusses gas storage with EU partners",
                "09:30 09.08.2025 Naftogaz raises gas production by 9%"],
            page.Texts(".related--more-about li"));
        var undated = await app.WithStoreAsync(db => db.Articles.SingleAsync(a => a.Headline == "Naftogaz chief discusses gas storage with EU partners"));
        Assert.True(undated.PublishedAtIsEstimate);
    }

    [Fact]
    public async Task TagsWrappedOntoASecondLineOnAWindowsPageWithAByteOrderMarkAndTrailingSpacesAreAllTheStorysTags()
    {
        using var folder = SeedFile.FolderWithSample("bom-windows-line-endings-trailing-spaces.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        Assert.Equal("NBU: Hryvnia official rate strengthens to 41.7 UAH/$", page.Text("h1"));
        Assert.Equal("10:00 11.02.2025", page.Text(".story__meta time"));
        Assert.Equal("National Bank of Ukraine", page.Text(".story__caption"));
        Assert.Equal("Photo: Interfax-Ukraine / Oleksandr Tsiganok", page.Text(".story__credit"));
        Assert.Equal(
            ["The official hryvnia exchange rate strengthened to 41.7 UAH/$ on Tuesday, the National Bank of Ukraine said. Its intervention on the interbank market amounted to $120 million.",
                "\"The market remains balanced,\" the NBU said."],
            page.Texts(".story__body > *"));
        Assert.Equal(["#NBU", "#hryvnia", "#exchange-rate", "#курс-гривні", "#Pyshnyi"], page.Texts(".story__tags a"));
        Assert.Equal(["16:20 10.02.2025 NBU sells $711 mln on interbank market over week"], page.Texts(".related--more-about li"));
        Assert.Equal(["Zelensky meets Vance in Munich"], page.Texts(".related--hot li a"));
    }

    [Fact]
    public async Task ATimeInTheSkippedSpringHourIsShownAsTheSameMomentInSummerTimeAndOneInTheRepeatedAutumnHourAsWritten()
    {
        using var folder = SeedFile.FolderWithSample("clock-change-times.txt");
        using var app = SiteOn(folder);

        var page = await StoryPageAsync(app);

        // 03:30 did not happen in Kyiv on March 30, 2025: the clocks went from 03:00 to 04:00, so 03:30 winter time is 04:30.
        Assert.Equal("2025-03-30T01:30:00Z", page.QuerySelector(".story__meta time")!.GetAttribute("datetime"));
        Assert.Equal("04:30 30.03.2025", page.Text(".story__meta time"));
        Assert.Equal(
            ["04:10 30.03.2025 Kyiv metro runs on usual schedule after clock change", "03:30 27.10.2024 Ukraine switches to winter time: clocks go back one hour"],
            page.Texts(".related--more-about li"));
    }

    [Fact]
    public async Task AnEmptyMoreAboutAVeryLongHeadlineAndABodyWithAListAndABareLinkAreImportedWhole()
    {
        using var folder = SeedFile.FolderWithSamples("empty-more-about.txt", "very-long-headline.txt", "quote-list-subheading-link.txt");
        using var app = SiteOn(folder);

        var stories = await app.WithStoreAsync(db => db.Articles.Where(a => a.BodyMarkdown != "").ToListAsync());
        var pages = new List<IDocument>();
        foreach (var story in stories)
        {
            pages.Add(await app.CreateReader().GetPageAsync(Urls.Article(story.Id, story.Slug)));
        }

        Assert.Equal(
            ["Shakhtar sign Brazilian midfielder", Sample("very-long-headline.txt").Headline, "Government approves energy recovery plan for winter"],
            pages.Select(page => page.Text("h1")));
        Assert.Equal(300, pages[1].Text("h1").Length);
        Assert.Null(pages[0].QuerySelector(".related--more-about"));
        Assert.Contains("Zelensky, Trump meet in The Hague", pages[0].Texts(".related--hot li a"));
        var body = pages[2].QuerySelector(".story__body")!;
        Assert.Equal(Sample("quote-list-subheading-link.txt").Paragraphs.Count + 1, body.Children.Length);
        Assert.Equal(3, body.QuerySelectorAll("ul > li").Length);
        Assert.Equal("https://zakon.rada.gov.ua/laws/show/123-2025-%D0%BF", body.QuerySelector("p > a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnHtmlPageIsRefusedAsNoWireStoryAndNothingIsWritten()
    {
        var error = await RefusedWithNothingWrittenAsync("rada-citizenship-story.txt", "not-a-wire-page.html.txt");

        Assert.Equal("001_not-a-wire-page.html.txt", error.FileName);
        Assert.Equal(1, error.Line);
        Assert.Contains("expected the line 'date YYYY-MM-DD Section'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Imports a folder of the samples, which must be refused as a whole: the store's stories stay as they were.</summary>
    private static async Task<WireFormatException> RefusedWithNothingWrittenAsync(params string[] samples)
    {
        using var folder = SeedFile.FolderWithSamples(samples);
        using var app = new NewsPortalFactory();
        var before = await app.WithStoreAsync(db => db.Articles.CountAsync());

        await using var scope = app.Services.CreateAsyncScope();
        var error = await Assert.ThrowsAsync<WireFormatException>(
            () => scope.ServiceProvider.GetRequiredService<WireImporter>().ImportFolderAsync(folder.Path));

        Assert.Equal(before, await app.WithStoreAsync(db => db.Articles.CountAsync()));
        return error;
    }

    private static WireStory Sample(string name) =>
        WireStoryParser.Parse(name, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "WirePages", name)));

    private static NewsPortalFactory SiteOn(TempFolder folder)
    {
        var app = new NewsPortalFactory().WithSeedFolder(folder.Path);
        // After every sample's time: a story timed later than the clock is not out yet.
        app.Time.SetUtcNow(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero));
        return app;
    }

    private static async Task<IDocument> StoryPageAsync(NewsPortalFactory app)
    {
        var story = await app.WithStoreAsync(db => db.Articles.SingleAsync(a => a.BodyMarkdown != ""));
        return await app.CreateReader().GetPageAsync(Urls.Article(story.Id, story.Slug));
    }
}
