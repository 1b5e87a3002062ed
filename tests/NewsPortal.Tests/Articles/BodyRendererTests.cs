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

    [Fact]
    public void WireLineBreaksStayLineBreaks()
    {
        var html = _renderer.Render(MarkdownText.Escape("Two points:\n1. the first\n- and a dash")).Html;

        var paragraph = Assert.Single(new HtmlParser().ParseDocument(html).Body!.Children);
        Assert.Equal(2, paragraph.QuerySelectorAll("br").Length);
        Assert.Equal("Two points:\n1. the first\n- and a dash", paragraph.TextContent);
    }
}
