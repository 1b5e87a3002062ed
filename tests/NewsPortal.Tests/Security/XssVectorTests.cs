using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.TestVectors;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Security;

/// <summary>
/// Whatever an editor types, the public page runs none of it: every vector in hostile-markdown.json is saved
/// and published through the editor form, then its story page is read as a browser would act on it.
/// </summary>
public class XssVectorTests(XssVectorTests.Newsdesk desk) : IClassFixture<XssVectorTests.Newsdesk>
{
    public static TheoryData<string> Vectors => HostileMarkdown.Names();

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task HostileBodySavedThroughTheEditorIsInertOnThePublicPage(string vector)
    {
        var hostile = HostileMarkdown.Named(vector);
        var headline = $"<script>alert('headline')</script> {hostile.Name}";
        var editor = await desk.EditorAsync();
        using var saved = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = headline, ["Draft.Body"] = hostile.Markdown, ["Draft.Tags"] = "<b>tag</b>" }, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/')[3];

        var reader = desk.CreateReader();
        using var redirect = await reader.GetAsync(new Uri($"/articles/{id}", UriKind.Relative));
        var story = await reader.GetPageAsync(redirect.Headers.Location!.OriginalString);

        var main = story.QuerySelector("main") ?? throw new Xunit.Sdk.XunitException("The story page has no <main>.");
        Assert.Empty(InertMarkup.Problems(main));
        // The site allows no inline styles at all, harmless or not.
        Assert.Empty(main.QuerySelectorAll("[style]"));
        Assert.Equal(headline, story.Text("h1"));
        if (hostile.KeepsText is { } text)
        {
            Assert.Contains(text, story.QuerySelector(".story__body")?.TextContent ?? "", StringComparison.Ordinal);
        }
    }

    /// <summary>The app for this class, with one editor signed in once for all its vectors.</summary>
    public sealed class Newsdesk : NewsPortalFactory
    {
        private HttpClient? _editor;

        public async Task<HttpClient> EditorAsync() => _editor ??= await this.SignedInAsync(Roles.Editor);
    }
}
