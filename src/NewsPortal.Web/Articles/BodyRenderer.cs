using System.Globalization;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace NewsPortal.Web.Articles;

/// <summary>What a Markdown body becomes when it is saved: safe HTML, plain text and its reading time.</summary>
public sealed record RenderedBody(string Html, string Summary, int ReadingTimeMinutes);

/// <summary>
/// The one Markdown pipeline of the site. Bodies are rendered once, at save time, then sanitised:
/// Markdig alone lets <c>javascript:</c> links and raw HTML through.
/// </summary>
public sealed class BodyRenderer
{
    // Extensions are picked one by one: the "advanced" bundle brings generic attributes ({onclick=…})
    // and media links (iframes to any address); the site's own video embeds take only YouTube and Vimeo ids.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseTableAlignmentClasses()
        .UseListExtras()
        .UseFootnotes()
        .UseAutoLinks()
        // GitHub's rule writes heading ids in lower case only; the site's own ids start with a capital letter, so a
        // heading can never take the id of the page around it, and a link to a heading is the heading's own words.
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseVideoEmbeds()
        .Build();

    private const int SummaryMaxLength = 300;

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>The body as the story page shows it, under the page's h1 headline.</summary>
    /// <exception cref="UnreadableBodyException">The Markdown nests deeper than Markdig reads.</exception>
    public RenderedBody Render(string markdown) => Render(markdown, headlineLevel: 1);

    /// <summary>
    /// The body under a headline of another level (the newsroom's preview shows the headline as an h3): its headings
    /// move down as far, so that they stay sections of that headline, h6 at the deepest.
    /// </summary>
    /// <exception cref="UnreadableBodyException">The Markdown nests deeper than Markdig reads.</exception>
    public RenderedBody Render(string markdown, int headlineLevel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(headlineLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(headlineLevel, 5);
        ArgumentNullException.ThrowIfNull(markdown);
        if (BodyLimits.ProblemWith(markdown) is { } problem)
        {
            throw new UnreadableBodyException(problem);
        }

        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            // The headline is the top of the outline: a heading written with one # is a section of the story, as ## is.
            foreach (var heading in document.Descendants<HeadingBlock>())
            {
                heading.Level = Math.Min(Math.Max(heading.Level, 2) + headlineLevel - 1, 6);
            }

            var html = document.ToHtml(Pipeline);
            if (BodyLimits.ProblemWithHtml(html) is { } tooMany)
            {
                throw new UnreadableBodyException(tooMany);
            }

            var plainText = PlainText(document);
            return new RenderedBody(_sanitizer.Sanitize(html), FirstParagraph(plainText), ReadingTime.Minutes(plainText));
        }
        catch (ArgumentException error)
        {
            // Markdig's guard against input nested so deep (quotes in quotes, lists in lists) that reading it would
            // exhaust the stack.
            throw new UnreadableBodyException(error);
        }
    }

    /// <summary>Markdown as plain text, for a passage of a body (a search result's snippet); "" when it cannot be read.</summary>
    public static string PlainText(string markdown)
    {
        try
        {
            return Markdown.ToPlainText(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return "";
        }
    }

    /// <summary>The parsed body as text, as Markdig's ToPlainText writes it, without parsing it a second time.</summary>
    private static string PlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// The sanitiser on its own: it must hold even for raw HTML, should Markdown ever be let through unescaped.
    /// </summary>
    internal string Sanitize(string html) => _sanitizer.Sanitize(html);

    private static string FirstParagraph(string plainText)
    {
        // Markdown can still spell a bidi override as an entity (&#x202E;); in the body it ends with its paragraph, but
        // a summary is shown inline beside other text.
        var first = TextInput.Line(plainText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? "");
        return Excerpt.Shorten(first, SummaryMaxLength);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // Heading anchors and footnote links need their ids.
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedCssProperties.Clear();

        // Classes the site's stylesheet styles bodies by: a video's box, and the footnotes under the story.
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedClasses.UnionWith(["video", "video__frame", "footnotes"]);

        // iframe stays off the allowed tags: the one kind kept is a video player exactly as VideoEmbeds writes it.
        sanitizer.RemovingTag += (_, removing) => removing.Cancel = VideoFrame.IsPlayer(removing.Tag);
        // A table column's alignment, on its cells and nowhere else.
        sanitizer.RemovingCssClass += (_, removing) => removing.Cancel = TableAlignment.Keeps(removing.Tag, removing.CssClass);
        sanitizer.RemovingAttribute += (_, removing) => removing.Cancel = VideoFrame.Keeps(removing.Tag, removing.Attribute);
        return sanitizer;
    }
}

/// <summary>A body Markdig refuses to read, or one over <see cref="BodyLimits"/>; the message is for the editor.</summary>
public sealed class UnreadableBodyException : Exception
{
    public UnreadableBodyException(Exception inner)
        : base("The body nests quotes, lists or tables too deeply to be read. Simplify it and save again.", inner)
    {
    }

    public UnreadableBodyException(string problem)
        : base(problem)
    {
    }
}
