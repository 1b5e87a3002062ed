using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Import;

namespace NewsPortal.Tests.Import;

public class WireStoryParserTests
{
    [Fact]
    public void ReadsEveryFieldOfTheSeedStory()
    {
        var story = SeedFile.Parse();

        Assert.Equal("Facts", story.Section);
        Assert.Equal(new DateTime(2025, 3, 7, 16, 27, 0), story.LocalTime);
        Assert.Equal("Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products", story.Headline);
        Assert.Equal(2, story.StatedReadingMinutes);
        Assert.Equal(story.Headline, story.Photo?.Caption);
        Assert.Equal("https://www.facebook.com/rustemumerov.ua/posts/pfbid034UU8RGbDTbfZ6eNDQHLnKPLP4z8oWLmjNtxNAoR8q2ph4zcG8kMmc6tp7cgg3HpUl", story.Photo?.Credit);
        Assert.NotNull(story.Photo?.CreditLink);
        Assert.Equal(5, story.Paragraphs.Count);
        Assert.StartsWith("Minister of Defense of Ukraine Rustem Umerov held a meeting", story.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("Władysław Kosiniak-Kamysz, Boris Pistorius, and Kaja Kallas.", story.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(["umerov", "kubilius"], story.Tags);

        Assert.Equal(10, story.MoreAbout.Count);
        Assert.Equal(new WireBrief(new DateTime(2025, 3, 7, 14, 35, 0), "Umerov and Kallas discuss in Brussels possible mechanisms for financing Ukraine's defense"), story.MoreAbout[0]);
        Assert.Equal(new WireBrief(new DateTime(2025, 2, 6, 16, 10, 0), "Ukraine receives F-16 from the Netherlands – Umerov"), story.MoreAbout[^1]);

        Assert.Equal(5, story.HotNews.Count);
        Assert.Equal("Trump announces preparation of additional sanctions against Russia to force it to make peace with Ukraine", story.HotNews[0]);
        Assert.Equal("Stefanishyna considers Meloni's initiative to extend NATO Article 5 to Ukraine pragmatic and logical", story.HotNews[^1]);

        Assert.Equal(10, story.Latest.Count);
        Assert.Equal("Russia damages DTEK Energy facility in Ukraine's Dnipropetrovsk region", story.Latest[1]);
        Assert.Equal(story.HotNews[^1], story.Latest[^1]);
    }

    [Fact]
    public void ReadsAStoryWithoutPhotoTagsOrListsAndWithMultiLineParagraphs()
    {
        var story = WireStoryParser.Parse("other.txt", """
            date 2024-12-31 Economy
            23:05 31.12.2024
            Гривня зміцнилася наприкінці року
            1 min read
            First line of a paragraph
            that carries on here.

            Second paragraph.
            """);

        Assert.Equal("Economy", story.Section);
        Assert.Equal("Гривня зміцнилася наприкінці року", story.Headline);
        Assert.Null(story.Photo);
        Assert.Equal(["First line of a paragraph\nthat carries on here.", "Second paragraph."], story.Paragraphs);
        Assert.Empty(story.Tags);
        Assert.Empty(story.MoreAbout);
        Assert.Empty(story.HotNews);
        Assert.Empty(story.Latest);
    }

    [Fact]
    public void ReadsACreditWithoutCaptionAndACreditThatIsAName()
    {
        var story = WireStoryParser.Parse("credit.txt", """
            date 2025-01-02 Politics
            09:00 02.01.2025
            Headline
            3 min read
            Photo: Reuters

            Body.

            Tags: #a-b #c #c
            HOT NEWS
            One
            Two
            """);

        Assert.Equal(new WirePhoto(null, "Reuters"), story.Photo);
        Assert.Null(story.Photo!.CreditLink);
        Assert.Equal(["a-b", "c"], story.Tags);
        Assert.Equal(["One", "Two"], story.HotNews);
    }

    [Fact]
    public void ReadsACaptionSetApartFromItsCreditTagsSeparatedByAnyWhiteSpaceAndSkipsAdvertsInTheBody()
    {
        var story = WireStoryParser.Parse("layout.txt", "date 2025-05-16 Politics\n09:00 16.05.2025\nHeadline\n2 min read\n\n"
            + "Delegations at Ciragan Palace\n\nPhoto: www.president.gov.ua\n\nFirst paragraph.\n\nAD\n\nSecond paragraph.\n\n"
            + "Tags: #Istanbul\u00A0#talks\t#Europe-Day  #Kyiv\nAD\n");

        Assert.Equal(new WirePhoto("Delegations at Ciragan Palace", "www.president.gov.ua"), story.Photo);
        Assert.Equal(["First paragraph.", "Second paragraph."], story.Paragraphs);
        Assert.Equal(["Istanbul", "talks", "Europe-Day", "Kyiv"], story.Tags);
    }

    [Fact]
    public void AParagraphThatStartsWithTagsOrPhotoOrATimeStaysInTheBody()
    {
        var story = WireStoryParser.Parse("forum.txt", """
            date 2025-02-28 General
            00:00 28.02.2025
            Kyiv to host investment forum on Mar 12
            2 min read
            Photo: Pavlo Bahmut

            The forum will be held in Kyiv on March 12.

            10:00 – opening of the forum

            Photo: accreditation for photographers closes on March 10.

            Tags: used by the organisers are #UkraineEUForum and #InvestInUkraine.

            AD

            "We expect 600 participants," the organisers said.

            Tags: #forum #investment
            AD
            LATEST
            Another headline
            """);

        Assert.Equal(
            ["The forum will be held in Kyiv on March 12.", "10:00 – opening of the forum", "Photo: accreditation for photographers closes on March 10.",
                "Tags: used by the organisers are #UkraineEUForum and #InvestInUkraine.", "\"We expect 600 participants,\" the organisers said."],
            story.Paragraphs);
        Assert.Equal(["forum", "investment"], story.Tags);
        Assert.Equal(["Another headline"], story.Latest);
    }

    [Theory]
    [InlineData("Photo:", null)]
    [InlineData("A harbour crane at dawn\nPhoto:", "A harbour crane at dawn")]
    public void APhotoLineThatCreditsNoOneIsNotBodyText(string photoLines, string? caption)
    {
        var story = WireStoryParser.Parse("story.txt", $"date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\n{photoLines}\nThe body.");

        Assert.Equal(["The body."], story.Paragraphs);
        Assert.Equal(caption, story.Photo?.Caption);
        Assert.Null(story.Photo?.Credit);
    }

    [Theory]
    [InlineData("Photo:\nReuters", null, "Reuters")]
    [InlineData("A harbour crane at dawn\nPhoto:\nhttps://www.president.gov.ua/photos/1.jpg", "A harbour crane at dawn", "https://www.president.gov.ua/photos/1.jpg")]
    [InlineData("Photo: Press service of the Ministry\nof Defense of Ukraine", null, "Press service of the Ministry of Defense of Ukraine")]
    public void ACreditThatGoesOnOverTheNextLineIsOneCredit(string photoLines, string? caption, string credit)
    {
        var story = WireStoryParser.Parse("story.txt", $"date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\n{photoLines}\n\nThe body.");

        Assert.Equal(new WirePhoto(caption, credit), story.Photo);
        Assert.Equal(["The body."], story.Paragraphs);
    }

    [Fact]
    public void TagsMaySeparateWithCommasOrSemicolons()
    {
        var story = WireStoryParser.Parse("alert.txt", "date 2025-07-14 Facts\n00:05 14.07.2025\nHeadline\n1 min read\nBody.\nTags: #Kyiv, #air-raid,#alert; #U.S.");

        Assert.Equal(["Kyiv", "air-raid", "alert", "U.S."], story.Tags);
    }

    [Theory]
    [InlineData("Air raid alert declared in Kyiv\n\nDevelopments follow.", new[] { "Developments follow." })]
    [InlineData("AIR RAID ALERT DECLARED IN KYIV\nDevelopments follow.", new[] { "Developments follow." })]
    [InlineData("Air raid alert declared in Kyiv", new[] { "Air raid alert declared in Kyiv" })]
    [InlineData("Developments follow.\n\nAir raid alert declared in Kyiv", new[] { "Developments follow.", "Air raid alert declared in Kyiv" })]
    public void TheHeadlineRepeatedAtTheTopOfTheBodyIsShownOnce(string body, string[] paragraphs)
    {
        var story = WireStoryParser.Parse("alert.txt", $"date 2025-07-14 Facts\n00:05 14.07.2025\nAir raid alert declared in Kyiv\n1 min read\n{body}");

        Assert.Equal(paragraphs, story.Paragraphs);
    }

    [Theory]
    [InlineData("The forum opens on March 12.\n\nPhoto: accreditation for photographers closes on March 10.")]
    [InlineData("The forum opens on March 12.\nPhoto: accreditation for photographers closes on March 10 at the organisers' website")]
    [InlineData("Photo: see the gallery below!\n\nThe forum opens on March 12.")]
    public void AParagraphThatStartsWithPhotoIsNoCreditAndLeavesTheParagraphAboveInTheBody(string body)
    {
        var story = WireStoryParser.Parse("forum.txt", $"date 2025-02-28 General\n10:00 28.02.2025\nHeadline\n2 min read\n{body}\nTags: #forum");

        Assert.Null(story.Photo);
        Assert.Equal(body.Replace("\n\n", "\n", StringComparison.Ordinal).Split('\n'), story.Paragraphs.SelectMany(p => p.Split('\n')));
    }

    [Theory]
    [InlineData("date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n", 3, "ends where")]
    [InlineData("", 1, "ends where")]
    [InlineData("15:00 07.03.2025\nHeadline", 1, "date YYYY-MM-DD")]
    [InlineData("date 2025-13-07 Facts\n16:27 07.03.2025", 1, "date YYYY-MM-DD")]
    [InlineData("date 2025-03-07 Facts\n\n16:27 7.3.2025\nHeadline", 3, "HH:mm dd.MM.yyyy")]
    [InlineData("date 2025-03-07 Facts\n16:27 08.03.2025\nHeadline", 2, "does not fall on")]
    [InlineData("date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\nBody without reading time", 4, "min read")]
    [InlineData("date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\nTags: #a", 4, "no body")]
    [InlineData("date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\nBody.\nTags: a b", 6, "#name")]
    [InlineData("date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\nBody.\nMORE ABOUT\n14:35 07.03.2025\n14:00 07.03.2025", 8, "headline after")]
    [InlineData("date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\nBody.\nMORE ABOUT\n14:35 7.03.2025", 7, "HH:mm dd.MM.yyyy")]
    [InlineData("date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\nBody.\nTags: #a\nStray text", 7, "expected one of")]
    [InlineData("date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\nBody.\nLATEST\nA headline\n14:35 07.03.2025\nAnother", 8, "expected a headline under LATEST, found the time \"14:35 07.03.2025\"")]
    [InlineData("date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\nBody.\nHOT NEWS\n\n14:35 07.03.2025", 8, "under HOT NEWS")]
    public void RejectsAMalformedFileNamingTheLine(string text, int line, string problem)
    {
        var error = Assert.Throws<WireFormatException>(() => WireStoryParser.Parse("bad.txt", text));

        Assert.Equal("bad.txt", error.FileName);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.txt, line {line}:", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, int, string> OverlongFields
    {
        get
        {
            const string Top = "date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\n";
            var headline = new string('h', FieldLengths.Headline + 1);
            return new()
            {
                { $"date 2025-03-07 {new string('s', FieldLengths.Section + 1)}\n16:27 07.03.2025", 1, "the section is 101 characters long; the store keeps at most 100" },
                { $"date 2025-03-07 Facts\n16:27 07.03.2025\n{headline}\n2 min read\nBody.", 3, "the headline is 301 characters long; the store keeps at most 300" },
                { $"{Top}{new string('c', FieldLengths.PhotoText + 1)}\nPhoto: Reuters\nBody.", 5, "the photo's caption is 501" },
                { $"{Top}Photo: https://example.com/{new string('p', FieldLengths.PhotoText)}\nBody.", 5, "the photo credit is 520" },
                { $"{Top}Body.\nTags: #short #{new string('t', FieldLengths.Tag + 1)}", 6, "is 101 characters long" },
                { $"{Top}Body.\nMORE ABOUT\n14:35 07.03.2025\n{headline}", 8, "a MORE ABOUT item's headline is 301" },
                { $"{Top}Body.\nHOT NEWS\nA fine headline\n{headline}", 8, "a listed headline is 301" },
                { $"{Top}Body.\nLATEST\n{headline}", 7, "a listed headline is 301" },
            };
        }
    }

    [Fact]
    public void RefusesMoreTagsThanTheStoryFormTakesNamingTheLine()
    {
        static string PageWithTags(int count) =>
            "date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\nBody.\nTags: "
            + string.Join(' ', Enumerable.Range(1, count).Select(n => $"#tag{n}"));

        var error = Assert.Throws<WireFormatException>(() => WireStoryParser.Parse("tags.txt", PageWithTags(ArticleDraft.MaxTags + 1)));

        Assert.Equal(6, error.Line);
        Assert.Contains($"the story has {ArticleDraft.MaxTags + 1} tags; a story takes at most {ArticleDraft.MaxTags}", error.Message, StringComparison.Ordinal);
        Assert.Equal(ArticleDraft.MaxTags, WireStoryParser.Parse("tags.txt", PageWithTags(ArticleDraft.MaxTags)).Tags.Count);
    }

    /// <summary>SQLite would keep the longer text without a word, and PostgreSQL stop the import naming no file.</summary>
    [Theory]
    [MemberData(nameof(OverlongFields))]
    public void RefusesTextLongerThanTheStoreKeepsNamingTheLine(string text, int line, string problem)
    {
        var error = Assert.Throws<WireFormatException>(() => WireStoryParser.Parse("long.txt", text));

        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TakesTextOfExactlyTheLengthTheStoreKeeps()
    {
        var headline = new string('h', FieldLengths.Headline);
        var story = WireStoryParser.Parse("full.txt",
            $"date 2025-03-07 {new string('s', FieldLengths.Section)}\n16:27 07.03.2025\n{headline}\n2 min read\n" +
            $"{new string('c', FieldLengths.PhotoText)}\nPhoto: Reuters\nBody.\nTags: #{new string('t', FieldLengths.Tag)}\nLATEST\n{headline}");

        Assert.Equal(headline, story.Headline);
        Assert.Equal(FieldLengths.PhotoText, story.Photo!.Caption!.Length);
    }
}
