using AngleSharp.Html.Parser;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Import;

namespace NewsPortal.Tests.Import;

public class WireBodyTests
{
    private readonly BodyRenderer _renderer = new();

    [Theory]
    [InlineData("- a\n- b\n• c\n• d", "ul:a|b ul:c|d")]
    [InlineData("1. a\n2. b\n1. c\n2. d", "ol:a|b ol:c|d")]
    [InlineData("1. a\n2. b\n\n- c\n- d\n\n1) e\n2) f", "ol:a|b ul:c|d ol:e|f")]
    [InlineData("1. a\n3. b", "p")]
    [InlineData("-5 °C at night\n-7 °C by morning", "p")]
    [InlineData("1.5 million\n2.5 million", "p")]
    public void ListsFollowTheWiresMarkersAndNumbers(string paragraphs, string blocks)
    {
        var html = _renderer.Render(WireBody.Markdown(paragraphs.Split("\n\n"))).Html;

        var body = new HtmlParser().ParseDocument(html).Body!;
        Assert.Equal(blocks, string.Join(' ', body.Children.Select(block => block.LocalName == "p"
            ? "p"
            : $"{block.LocalName}:{string.Join('|', block.Children.Select(item => item.TextContent))}")));
    }

    [Fact]
    public void AnItemShowsItsTextAsWritten()
    {
        var html = _renderer.Render(WireBody.Markdown(["- # not a heading, *not* <b>bold</b>\n- > not a quote & 1. not a list"])).Html;

        var items = new HtmlParser().ParseDocument(html).QuerySelectorAll("ul > li");
        Assert.Equal(["# not a heading, *not* <b>bold</b>", "> not a quote & 1. not a list"], items.Select(item => item.TextContent));
        Assert.All(items, item => Assert.Empty(item.Children));
    }
}
