using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Articles;

public class VideoEmbedTests
{
    private const string Nocookie = "https://www.youtube-nocookie.com/embed/";

    private readonly BodyRenderer _renderer = new();

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", Nocookie + "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtube.com/watch?feature=shared&v=dQw4w9WgXcQ", Nocookie + "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/watch?v=a_B-c1D2e3F", Nocookie + "a_B-c1D2e3F", "https://www.youtube.com/watch?v=a_B-c1D2e3F")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", Nocookie + "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=90", Nocookie + "dQw4w9WgXcQ?start=90", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1h2m3s", Nocookie + "dQw4w9WgXcQ?start=3723", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3723s")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", Nocookie + "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ?start=42", Nocookie + "dQw4w9WgXcQ?start=42", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s")]
    [InlineData("<https://youtu.be/dQw4w9WgXcQ?t=bad>", Nocookie + "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1", "https://vimeo.com/76979871")]
    [InlineData("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1", "https://vimeo.com/76979871")]
    [InlineData("https://www.youtube.com/live/dQw4w9WgXcQ?si=abc", Nocookie + "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    // An unlisted video plays only with its key.
    [InlineData("https://vimeo.com/76979871/0a1b2c3d4e", "https://player.vimeo.com/video/76979871?h=0a1b2c3d4e&dnt=1", "https://vimeo.com/76979871/0a1b2c3d4e")]
    [InlineData("https://player.vimeo.com/video/76979871?h=0a1b2c3d4e", "https://player.vimeo.com/video/76979871?h=0a1b2c3d4e&dnt=1", "https://vimeo.com/76979871/0a1b2c3d4e")]
    // An address written with http names the same video: it plays, and is linked, over https.
    [InlineData("http://www.youtube.com/watch?v=dQw4w9WgXcQ", Nocookie + "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("www.youtube.com/watch?v=dQw4w9WgXcQ", Nocookie + "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    public void AVideoAddressAloneInAParagraphBecomesItsPlayerWithALinkToItsPage(string markdown, string player, string page)
    {
        var body = Body($"Before.\n\n{markdown}\n\nAfter.");

        var figure = Assert.Single(body.QuerySelectorAll("figure.video"));
        var frame = Assert.Single(figure.QuerySelectorAll(".video__frame > iframe"));
        Assert.Equal(player, frame.GetAttribute("src"));
        Assert.Equal(page.StartsWith("https://vimeo", StringComparison.Ordinal) ? "Vimeo video" : "YouTube video", frame.GetAttribute("title"));
        Assert.Equal("lazy", frame.GetAttribute("loading"));
        Assert.Equal("fullscreen; picture-in-picture; encrypted-media", frame.GetAttribute("allow"));
        Assert.Equal("strict-origin-when-cross-origin", frame.GetAttribute("referrerpolicy"));
        Assert.Equal(5, frame.Attributes.Length);
        Assert.Equal(page, figure.QuerySelector("figcaption a")?.GetAttribute("href"));
        Assert.Equal(["Before.", "After."], body.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public void ALinkWithWordsAloneInAParagraphGivesThePlayerItsTitle()
    {
        var body = Body("[Minister's *briefing* & questions](https://youtu.be/dQw4w9WgXcQ)");

        Assert.Equal("Minister's briefing & questions", body.QuerySelector("iframe")?.GetAttribute("title"));
        Assert.Equal("Minister's briefing & questions (YouTube)", body.QuerySelector("figcaption a")?.TextContent);
    }

    [Theory]
    [InlineData("Watch https://youtu.be/dQw4w9WgXcQ now.")]
    [InlineData("Watch [the briefing](https://youtu.be/dQw4w9WgXcQ).")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ https://vimeo.com/76979871")]
    [InlineData("> https://youtu.be/dQw4w9WgXcQ")]
    [InlineData("- https://youtu.be/dQw4w9WgXcQ")]
    public void AVideoAddressInASentenceOrInsideAnotherBlockStaysALink(string markdown)
    {
        var body = Body(markdown);

        Assert.Empty(body.QuerySelectorAll("iframe, figure"));
        Assert.NotEmpty(body.QuerySelectorAll("a[href*='youtu']"));
    }

    [Theory]
    [InlineData("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://evil.example@youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtu.be:8443/dQw4w9WgXcQ")]
    [InlineData("ftp://youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQQ")]
    [InlineData("https://youtu.be/dQw4w9WgXc")]
    [InlineData("https://youtu.be/dQw4w9WgX%22Q")]
    [InlineData("[x](https://youtu.be/dQw4w9WgX\"Q)")]
    [InlineData("[x](<https://youtu.be/dQw4w9\"onload=\"alert(1)>)")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&v=a_B-c1D2e3F")]
    [InlineData("https://www.youtube.com/watch/dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/76979871abc")]
    [InlineData("https://vimeo.com/７６９７９８７１")]
    [InlineData("https://player.vimeo.com/76979871")]
    [InlineData("https://vimeo.com/channels/staffpicks/76979871")]
    [InlineData("https://vimeo.com/76979871/0A1B2C3D4E")]
    [InlineData("https://vimeo.com/76979871/0a1b2c3d4e/extra")]
    [InlineData("https://player.vimeo.com/video/76979871?h=x%22y")]
    [InlineData("[x](javascript:alert(1)//youtu.be/dQw4w9WgXcQ)")]
    [InlineData("![a picture](https://youtu.be/dQw4w9WgXcQ)")]
    public void AnAddressThatOnlyLooksLikeAVideoGetsNoPlayer(string markdown)
    {
        var body = Body(markdown);

        Assert.Empty(body.QuerySelectorAll("iframe, figure"));
    }

    [Fact]
    public void AVideoInTheBodyLeavesTheSummaryAsTheLinkWasWritten()
    {
        Assert.Equal("https://youtu.be/dQw4w9WgXcQ", _renderer.Render("https://youtu.be/dQw4w9WgXcQ\n\nText.").Summary);
    }

    [Theory]
    [InlineData(Nocookie + "dQw4w9WgXcQ")]
    [InlineData(Nocookie + "dQw4w9WgXcQ?start=90")]
    [InlineData("https://player.vimeo.com/video/76979871?dnt=1")]
    [InlineData("https://player.vimeo.com/video/76979871?h=0a1b2c3d4e&dnt=1")]
    public void TheSanitiserKeepsAPlayerAsTheEmbedWritesIt(string src)
    {
        var html = _renderer.Sanitize(Frame($"src=\"{src}\""));

        Assert.Equal(src, Assert.Single(Parse(html).QuerySelectorAll("iframe")).GetAttribute("src"));
    }

    [Theory]
    [InlineData("src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"")]
    [InlineData("src=\"http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"")]
    [InlineData("src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\"")]
    [InlineData("src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\n\"")]
    [InlineData("src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQQ\"")]
    [InlineData("src=\"https://www.youtube-nocookie.com.evil.example/embed/dQw4w9WgXcQ\"")]
    [InlineData("src=\"https://player.vimeo.com/video/76979871\"")]
    [InlineData("src=\"https://player.vimeo.com/video/76979871?dnt=1&h=abc\"")]
    [InlineData("src=\"javascript:alert(1)\"")]
    [InlineData("src=\"https://player.vimeo.com/video/76979871?dnt=1\" srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")]
    [InlineData("src=\"https://player.vimeo.com/video/76979871?dnt=1\" onload=\"alert(1)\"")]
    [InlineData("src=\"https://player.vimeo.com/video/76979871?dnt=1\" name=\"opener\"")]
    [InlineData("src=\"https://player.vimeo.com/video/76979871?dnt=1\" sandbox=\"allow-scripts\"")]
    public void TheSanitiserRemovesEveryOtherIframe(string attributes)
    {
        var html = _renderer.Sanitize(Frame(attributes));

        Assert.Empty(Parse(html).QuerySelectorAll("iframe"));
    }

    [Theory]
    [InlineData("allow=\"fullscreen; camera; microphone\"")]
    [InlineData("referrerpolicy=\"unsafe-url\"")]
    [InlineData("loading=\"eager\"")]
    public void TheSanitiserRemovesAPlayerWhoseFixedAttributesWereChanged(string changed)
    {
        var name = changed[..changed.IndexOf('=', StringComparison.Ordinal)];
        var frame = Frame("src=\"https://player.vimeo.com/video/76979871?dnt=1\"");
        var html = _renderer.Sanitize(System.Text.RegularExpressions.Regex.Replace(frame, name + "=\"[^\"]*\"", changed));

        Assert.Empty(Parse(html).QuerySelectorAll("iframe"));
    }

    [Fact]
    public void TheSanitiserRemovesAPlayerWithAnythingInside()
    {
        var html = _renderer.Sanitize(Frame("src=\"https://player.vimeo.com/video/76979871?dnt=1\"").Replace("></iframe>", "><img src=x onerror=alert(1)></iframe>", StringComparison.Ordinal));

        Assert.Empty(Parse(html).QuerySelectorAll("iframe, img"));
    }

    [Fact]
    public void TheFrameAttributesStayOnlyOnThePlayer()
    {
        var html = _renderer.Sanitize(
            "<a href=\"https://example.com/\" referrerpolicy=\"unsafe-url\">a</a><img src=\"https://example.com/a.png\" loading=\"lazy\" allow=\"fullscreen; picture-in-picture; encrypted-media\">");

        Assert.Empty(Parse(html).QuerySelectorAll("[referrerpolicy], [loading], [allow]"));
    }

    private static string Frame(string source) =>
        $"<iframe {source} title=\"A video\" loading=\"lazy\" allow=\"fullscreen; picture-in-picture; encrypted-media\" referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>";

    private static IElement Parse(string html) => new HtmlParser().ParseDocument(html).Body!;

    private IElement Body(string markdown) => Parse(_renderer.Render(markdown).Html);
}
