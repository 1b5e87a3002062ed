using AngleSharp.Html.Parser;
using Markdig;
using NewsPortal.TestVectors;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Articles;

public class BodyRendererTests
{
    private readonly BodyRenderer _renderer = new();

    public static TheoryData<string> Vectors => HostileMarkdown.Names();

    [Theory]
    [MemberData(nameof(Vectors))]
    public void HostileMarkdownComesOutInert(string vector)
    {
        var html = _renderer.Render(HostileMarkdown.Named(vector).Markdown).Html;

        Assert.Empty(InertMarkup.Problems(new HtmlParser().ParseDocument(html).Body!));
    }

    /// <summary>Raw HTML is escaped before the sanitiser sees it; the sanitiser alone must still hold.</summary>
    [Theory]
    [MemberData(nameof(Vectors))]
    public void SanitiserAloneDisarmsTheVectorAsRawHtml(string vector)
    {
        var unescaped = Markdown.ToHtml(HostileMarkdown.Named(vector).Markdown);

        Assert.Empty(InertMarkup.Problems(new HtmlParser().ParseDocument(_renderer.Sanitize(unescaped)).Body!));
    }

    [Fact]
    public void TheJudgeOfMarkupSeesMostVectorsWhenNothingDefends()
    {
        // Without escaping or sanitising, the vectors must look dangerous, or the tests above would prove nothing.
        var caught = HostileMarkdown.All.Count(vector =>
            InertMarkup.Problems(new HtmlParser().ParseDocument(Markdown.ToHtml(vector.Markdown)).Body!).Count > 0);

        Assert.True(caught >= HostileMarkdown.All.Count * 3 / 4, $"Only {caught} of {HostileMarkdown.All.Count} vectors were caught undefended.");
    }

    [Fact]
    public void RendersMarkdownAndKeepsHeadingAnchors()
    {
        var rendered = _renderer.Render("## Background\n\nA *first* paragraph with [a link](https://example.com/).\n\n- one\n- two");

        Assert.Contains("<h2 id=\"background\">Background</h2>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<em>first</em>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com/\">a link</a>", rendered.Html, StringComparison.Ordinal);
        Assert.Equal("Background", rendered.Summary);
    }

    // The site's stylesheet sets the notes small and muted under the story by this class.
    [Fact]
    public void FootnotesKeepTheClassTheyAreStyledBy()
    {
        var rendered = _renderer.Render("The minister spoke.[^1]\n\n[^1]: On Friday, in Brussels.");

        var notes = new HtmlParser().ParseDocument(rendered.Html).QuerySelector("div.footnotes");
        Assert.Contains("On Friday, in Brussels.", notes?.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// A column's alignment comes out as a class the stylesheet aligns by: Markdig's style attribute would be stripped,
    /// and the Content-Security-Policy refuses inline styles.
    /// </summary>
    [Fact]
    public void TableColumnsKeepTheirAlignmentAsClassesOnEveryCell()
    {
        var html = _renderer.Render("| Party | Seats | Share | Note |\n| :--- | ---: | :---: | --- |\n| Blue | 120 | 40% | held |").Html;

        var table = new HtmlParser().ParseDocument(html).QuerySelector("table")!;
        Assert.Empty(table.QuerySelectorAll("[style]"));
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            Assert.Equal([null, "align-right", "align-center", null], row.Children.Select(cell => cell.GetAttribute("class")));
        }
    }

    [Theory]
    [InlineData("| Seats {.evil} |\n| ---: |\n| 120 {class=\"align-right evil\"} |")]
    [InlineData("| Seats |\n| --- |\n| 120 {.align-center} |")]
    public void MarkdownCannotPutAClassOfItsOwnOnATableCell(string markdown)
    {
        var cells = new HtmlParser().ParseDocument(_renderer.Render(markdown).Html).QuerySelectorAll("th, td");

        Assert.All(cells, cell => Assert.Contains(cell.GetAttribute("class"), new string?[] { null, "align-right" }));
        Assert.Contains("{", cells[^1].TextContent, StringComparison.Ordinal);
    }

    /// <summary>The alignment classes belong to table cells: on anything else, or beside another class, they are stripped.</summary>
    [Fact]
    public void SanitiserKeepsOnlyAnAlignmentClassAndOnlyOnATableCell()
    {
        var html = _renderer.Sanitize(
            "<table><tr><th class=\"align-center\">Seats</th><td class=\"align-right hidden\">120</td></tr></table><p class=\"align-right\">Text</p>");

        var body = new HtmlParser().ParseDocument(html).Body!;
        Assert.Equal("align-center", body.QuerySelector("th")?.GetAttribute("class"));
        Assert.Equal("align-right", body.QuerySelector("td")?.GetAttribute("class"));
        Assert.False(body.QuerySelector("p")!.HasAttribute("class"));
    }

    /// <summary>The headline is the article page's one h1; a body heading written with one # sits under it.</summary>
    [Theory]
    [InlineData("# Background\n\nText.")]
    [InlineData("Background\n==========\n\nText.")]
    public void ATopLevelHeadingInTheBodyComesOutAsASectionHeading(string markdown)
    {
        var body = new HtmlParser().ParseDocument(_renderer.Render(markdown).Html).Body!;

        Assert.Empty(body.QuerySelectorAll("h1"));
        Assert.Equal("Background", body.QuerySelector("h2#background")?.TextContent);
    }

    /// <summary>The site's own ids start with a capital letter; a body's ids never do, so they cannot meet.</summary>
    [Theory]
    [InlineData("## Content", "content")]
    [InlineData("## LATEST HEADING", "latest-heading")]
    [InlineData("## PreviewHeading", "previewheading")]
    [InlineData("## Draft_Body", "draft_body")]
    [InlineData("## Ärger in Kyiv", "ärger-in-kyiv")]
    public void BodyHeadingIdsHaveNoCapitalLetter(string markdown, string id)
    {
        var body = new HtmlParser().ParseDocument(_renderer.Render(markdown + "\n\nText.[^1]\n\n[^1]: A note.").Html).Body!;

        Assert.Equal(id, body.QuerySelector("h2")?.Id);
        Assert.All(body.QuerySelectorAll("[id]"), element => Assert.DoesNotContain(element.Id!, char.IsAsciiLetterUpper));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("One word", 1)]
    public void ReadingTimeRoundsUpWholeMinutes(string text, int minutes)
    {
        Assert.Equal(minutes, _renderer.Render(text).ReadingTimeMinutes);
        Assert.Equal(2, _renderer.Render(string.Join(' ', Enumerable.Repeat("word", ReadingTime.WordsPerMinute + 1))).ReadingTimeMinutes);
        Assert.Equal(1, _renderer.Render("[A link's words](https://example.com/a/very/long/address/that/is/not/read)").ReadingTimeMinutes);
    }

    [Theory]
    [InlineData("Plain text, with *stars*, _underscores_ and <tags> & [brackets](x).")]
    [InlineData("# not a heading")]
    [InlineData("1. not a list")]
    [InlineData("- not a bullet")]
    [InlineData("> not a quote")]
    [InlineData("Price: 5 * 3 = 15 | a ~~b~~ `c` \\d")]
    public void WireTextSurvivesMarkdownUnchanged(string text)
    {
        var html = _renderer.Render(MarkdownText.Escape(text)).Html;

        var paragraph = Assert.Single(new HtmlParser().ParseDocument(html).Body!.Children);
        Assert.Equal("p", paragraph.LocalName);
        Assert.Equal(text, paragraph.TextContent);
    }

    [Theory]
    [InlineData("He wrote on https://t.me/V_Zelenskiy_official today.", "https://t.me/V_Zelenskiy_official")]
    [InlineData("\"https://example.com/a_b*c*_d\", he said", "https://example.com/a_b*c*_d")]
    [InlineData("(see https://en.wikipedia.org/wiki/Kyiv_(city))", "https://en.wikipedia.org/wiki/Kyiv_(city)")]
    [InlineData("At HTTPS://EXAMPLE.COM/x_y?a=1&b=[2]!", "HTTPS://EXAMPLE.COM/x_y?a=1&b=%5B2%5D")]
    [InlineData("Details: www.mil_gov.ua/news_1.", "http://www.mil_gov.ua/news_1")]
    public void WireWebAddressesStayAsWrittenAndBecomeLinks(string text, string href)
    {
        var html = _renderer.Render(MarkdownText.Escape(text)).Html;

        var paragraph = Assert.Single(new HtmlParser().ParseDocument(html).Body!.Children);
        Assert.Equal(text, paragraph.TextContent);
        var link = Assert.Single(paragraph.QuerySelectorAll("a"));
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Empty(paragraph.QuerySelectorAll("em, strong"));
    }

    [Theory]
    [InlineData("Not an address: https:// or www. alone")]
    [InlineData("Ends a sentence: https://example.com/a_b.")]
    public void TextAroundWebAddressesIsKeptAsWritten(string text)
    {
        var html = _renderer.Render(MarkdownText.Escape(text)).Html;

        Assert.Equal(text, Assert.Single(new HtmlParser().ParseDocument(html).Body!.Children).TextContent);
    }

    [Fact]
    public void WireLineBreaksStayLineBreaks()
    {
        var html = _renderer.Render(MarkdownText.Escape("Two points:\n1. the first\n- and a dash")).Html;

        var paragraph = Assert.Single(new HtmlParser().ParseDocument(html).Body!.Children);
        Assert.Equal(2, paragraph.QuerySelectorAll("br").Length);
        Assert.Equal("Two points:\n1. the first\n- and a dash", paragraph.TextContent);
    }

    public static TheoryData<string, string> CostlyBodies => new()
    {
        // Each took Markdig or the sanitiser from two seconds to a minute of a core.
        { Repeat("[a](", 50_000), "200,000 characters in a row without a space" },
        { Repeat("# a\n", BodyLimits.MaxHeadings + 1), "501 headings" },
        { Repeat("> a\n> ===\n", BodyLimits.MaxHeadings + 1), "501 headings" },
        { Repeat("www.a.com ", BodyLimits.MaxWebAddresses + 1), "5,001 web addresses" },
        { Repeat("1. a\n", BodyLimits.MaxHtmlTags / 2), "Split it into more than one story" },
        { "|" + Repeat(" a |", 25_000) + "\n|" + Repeat(" - |", 25_000), "Split it into more than one story" },
    };

    [Theory]
    [MemberData(nameof(CostlyBodies))]
    public void ABodyThatWouldCostTheRendererFarMoreThanItsLengthIsRefusedWithAMessage(string markdown, string message)
    {
        var error = Assert.Throws<UnreadableBodyException>(() => _renderer.Render(markdown));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BodiesUpToTheLimitsAreShown()
    {
        var longAddress = "https://example.com/" + new string('a', BodyLimits.MaxUnbrokenRun - "[a](https://example.com/)".Length);
        Assert.Contains($"href=\"{longAddress}\"", _renderer.Render($"[a]({longAddress})").Html, StringComparison.Ordinal);
        Assert.Equal(BodyLimits.MaxHeadings, new HtmlParser().ParseDocument(_renderer.Render(Repeat("## Update\n\n", BodyLimits.MaxHeadings)).Html).QuerySelectorAll("h2[id]").Length);
        Assert.Contains("www.a.com", _renderer.Render(Repeat("www.a.com ", BodyLimits.MaxWebAddresses)).Html, StringComparison.Ordinal);

        // A long story of ordinary paragraphs, each with a link and emphasis: about 200,000 characters, well inside every limit.
        var story = Repeat("A paragraph with a [link](https://example.com/a/b), **bold** words and *emphasis* to read through.\n\n", 2_000);
        var rendered = _renderer.Render(story);
        Assert.Equal(2_000, new HtmlParser().ParseDocument(rendered.Html).QuerySelectorAll("p").Length);
        Assert.Equal("A paragraph with a link, bold words and emphasis to read through.", rendered.Summary);
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
