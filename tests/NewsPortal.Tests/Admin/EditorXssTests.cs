using System.Net;
using AngleSharp.Dom;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>Whatever an editor types, the public page runs no script of it.</summary>
public class EditorXssTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    public static TheoryData<string> Vectors =>
    [
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](%6Aavascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<javascript:alert(1)>",
        "[x]: javascript:alert(1)\n\n[link][x]",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<details open ontoggle=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "[x](https://example.com){onclick=alert(1)}",
        "# Heading {onmouseover=alert(1)}",
        "![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "`<script>alert(1)</script>`",
        "[x](\"onmouseover=\"alert(1))",
    ];

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task HostileMarkdownSavedThroughTheEditorIsInertOnThePublicPage(string markdown)
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        using var saved = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = $"<script>alert('headline')</script> {Guid.NewGuid():N}", ["Draft.Body"] = markdown, ["Draft.Tags"] = "<b>tag</b>" }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/')[3];

        using var redirect = await app.CreateReader().GetAsync(new Uri($"/articles/{id}", UriKind.Relative));
        var story = await app.CreateReader().GetPageAsync(redirect.Headers.Location!.OriginalString);

        Assert.Empty(story.QuerySelectorAll("main script, main iframe, main svg, main math, main object, main embed, main form, main style"));
        Assert.All(story.QuerySelectorAll("main *"), element =>
        {
            Assert.DoesNotContain(element.Attributes, attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style");
            foreach (var url in new[] { element.GetAttribute("href"), element.GetAttribute("src"), element.GetAttribute("action") }.OfType<string>())
            {
                // Relative addresses are harmless; an absolute one must use a web or mail scheme.
                var scheme = System.Text.RegularExpressions.Regex.Match(url, "^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");
                Assert.True(!scheme.Success || scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto", url);
            }
        });
        Assert.StartsWith("<script>alert('headline')</script>", story.Text("h1"), StringComparison.Ordinal);
    }
}
