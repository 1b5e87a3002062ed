using AngleSharp.Html.Parser;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Articles;

public class BodyRendererTests
{
    private readonly BodyRenderer _renderer = new();

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("[x](https://example.com){onclick=alert(1)}")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void HostileMarkdownComesOutInert(string markdown)
    {
        var html = _renderer.Render(markdown).Html;
        var body = new HtmlParser().ParseDocument(html).Body!;

        Assert.Empty(body.QuerySelectorAll("script, iframe, svg, object, embed, form"));
        Assert.All(body.QuerySelectorAll("*"), element =>
        {
            Assert.DoesNotContain(element.Attributes, attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            foreach (var url in new[] { element.GetAttribute("href"), element.GetAttribute("src") }.OfType<string>())
            {
                Assert.Matches("^(https?:|mailto:)", url);
            }
        });
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
}
