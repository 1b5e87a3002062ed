using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsPortal.Web.Articles;

/// <summary>
/// A paragraph of its own holding only a link to a YouTube or Vimeo video (the bare address, or
/// <c>[title](address)</c>) becomes the video's player in a 16:9 box, with a link to the video's page under it.
/// A link inside a sentence stays a link.
/// </summary>
public sealed class VideoEmbedExtension : IMarkdownExtension
{
    // Nothing to parse: a video is an ordinary link until the paragraph holding it is written out.
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<ParagraphRenderer>(new VideoParagraphRenderer());
        }
    }
}

/// <summary>Adds <see cref="VideoEmbedExtension"/> to a pipeline, as Markdig's own Use… methods do.</summary>
public static class VideoEmbedPipeline
{
    public static MarkdownPipelineBuilder UseVideoEmbeds(this MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.Extensions.AddIfNotAlready<VideoEmbedExtension>();
        return pipeline;
    }
}

internal sealed class VideoParagraphRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        // Plain text (summaries, reading time) reads the paragraph as the link it was written as.
        if (!renderer.EnableHtmlForBlock || Embedded(obj) is not (VideoLink video, var title))
        {
            base.Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<figure class=\"video\"><div class=\"video__frame\"><iframe src=\"").WriteEscapeUrl(video.EmbedUrl)
            .Write("\" title=\"").WriteEscape(title ?? video.SiteName + " video")
            .Write("\" loading=\"").Write(VideoFrame.Loading)
            .Write("\" allow=\"").Write(VideoFrame.Allow)
            .Write("\" referrerpolicy=\"").Write(VideoFrame.ReferrerPolicy)
            .Write("\"></iframe></div><figcaption><a href=\"").WriteEscapeUrl(video.PageUrl).Write("\">")
            .WriteEscape(title is null ? "Watch on " + video.SiteName : title + " (" + video.SiteName + ")")
            .WriteLine("</a></figcaption></figure>");
    }

    /// <summary>The video a top-level paragraph of one link points at, and the link's words when they are not the address itself.</summary>
    private static (VideoLink Video, string? Title)? Embedded(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not MarkdownDocument || paragraph.Inline?.FirstChild is not { } only || only.NextSibling is not null)
        {
            return null;
        }

        return only switch
        {
            LinkInline { IsImage: false, IsAutoLink: true } link when VideoLink.From(link.Url) is { } video => (video, null),
            LinkInline { IsImage: false } link when VideoLink.From(link.Url) is { } video => (video, Words(link)),
            AutolinkInline { IsEmail: false } link when VideoLink.From(link.Url) is { } video => (video, null),
            _ => null,
        };
    }

    private static string? Words(LinkInline link)
    {
        var words = new StringBuilder();
        foreach (var inline in link.Descendants<Inline>())
        {
            words.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LineBreakInline => " ",
                _ => "",
            });
        }

        var title = TextInput.Line(words.ToString()).Trim();
        return TextInput.IsBlank(title) || title == link.Url ? null : title;
    }
}
