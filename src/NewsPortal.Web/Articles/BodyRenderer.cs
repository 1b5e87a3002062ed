using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

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
    // and media links (iframes), which have no place in a newsroom body.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseListExtras()
        .UseFootnotes()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    private const int SummaryMaxLength = 300;

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <exception cref="UnreadableBodyException">The Markdown nests deeper than Markdig reads.</exception>
    public RenderedBody Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        try
        {
            var html = _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
            var plainText = Markdown.ToPlainText(markdown, Pipeline);
            return new RenderedBody(html, FirstParagraph(plainText), ReadingTime.Minutes(plainText));
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

    /// <summary>
    /// The sanitiser on its own: it must hold even for raw HTML, should Markdown ever be let through unescaped.
    /// </summary>
    internal string Sanitize(string html) => _sanitizer.Sanitize(html);

    private static string FirstParagraph(string plainText)
    {
        var first = plainText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? "";
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
        return sanitizer;
    }
}

/// <summary>A body Markdig refuses to read; the message is for the editor.</summary>
public sealed class UnreadableBodyException(Exception inner)
    : Exception("The body nests quotes, lists or tables too deeply to be read. Simplify it and save again.", inner);
