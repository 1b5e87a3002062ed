using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using NewsPortal.Tests.Feeds;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>Who wrote a story: written in the newsroom, shown to readers, search engines, feed readers and the API.</summary>
public class BylineTests
{
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    private static async Task<string> PublishAsync(HttpClient editor, string headline, string byline)
    {
        var form = Stories.NewStoryForm(headline);
        form["Draft.Byline"] = byline;
        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", form, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task ABylineIsShownUnderTheHeadlineAndNamedToSearchEnginesFeedsAndTheApi()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        // "By" typed by habit is not doubled on the page.
        var editUrl = await PublishAsync(editor, "Grain corridor reopens", "  by Olena Kovalenko, Kyiv ");
        var id = editUrl.Split('/')[3];
        var reader = app.CreateReader();

        var page = await reader.GetPageAsync($"/articles/{id}/grain-corridor-reopens");

        Assert.Equal("By Olena Kovalenko, Kyiv", page.Text(".story__header .story__byline"));
        Assert.Equal("Olena Kovalenko, Kyiv", page.QuerySelector("meta[name=author]")!.GetAttribute("content"));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var author = json.RootElement.GetProperty("author");
        Assert.Equal(("Person", "Olena Kovalenko, Kyiv"), (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString()));
        Assert.Equal("NewsPortal", json.RootElement.GetProperty("publisher").GetProperty("name").GetString());

        var rss = await reader.GetXmlAsync("/feed.rss", "application/rss+xml");
        var item = rss.Descendants("item").Single(i => i.Element("title")!.Value == "Grain corridor reopens");
        Assert.Equal("Olena Kovalenko, Kyiv", item.Element(DublinCore + "creator")!.Value);
        Assert.Null(rss.Descendants("item").Single(i => i.Element("title")!.Value == Syndication.SeedHeadline)
            .Element(DublinCore + "creator"));
        var atom = await reader.GetFeedAsync("/feed.atom");
        var entry = atom.Items.Single(i => i.Title.Text == "Grain corridor reopens");
        Assert.Equal(["Olena Kovalenko, Kyiv"], entry.Authors.Select(a => a.Name));

        var story = await reader.GetFromJsonAsync<JsonElement>($"/api/stories/{id}");
        Assert.Equal("Olena Kovalenko, Kyiv", story.GetProperty("byline").GetString());
    }

    [Fact]
    public async Task ThePreviewShowsTheBylineAsThePageWill()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var form = Stories.NewStoryForm("Preview a byline");
        form["Draft.Byline"] = "By Olena Kovalenko";

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", form, "Preview");

        Assert.Equal("By Olena Kovalenko", (await response.ParseAsync()).Text(".preview .story__byline"));
    }

    [Fact]
    public async Task AStoryWithoutABylineShowsNone()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(editor, "Wire brief on grain", "   ");
        var id = editUrl.Split('/')[3];

        var page = await app.CreateReader().GetPageAsync($"/articles/{id}/wire-brief-on-grain");

        Assert.Null(page.QuerySelector(".story__byline"));
        Assert.Null(page.QuerySelector("meta[name=author]"));
        var story = await app.CreateReader().GetFromJsonAsync<JsonElement>($"/api/stories/{id}");
        Assert.Equal(JsonValueKind.Null, story.GetProperty("byline").ValueKind);
    }

    [Fact]
    public async Task MarkupInABylineIsShownAsTextEverywhere()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        const string byline = "</script><script>alert(1)</script> & \"Co\"";
        var editUrl = await PublishAsync(editor, "Markup in a byline", byline);
        var id = editUrl.Split('/')[3];

        var page = await app.CreateReader().GetPageAsync($"/articles/{id}/markup-in-a-byline");

        Assert.Equal($"By {byline}", page.Text(".story__byline"));
        Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']):not([src])"));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(byline, json.RootElement.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ATooLongBylineIsRefusedBesideItsFieldWithTheTextKept()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var form = Stories.NewStoryForm("A story with a long byline");
        form["Draft.Byline"] = new string('x', 201);

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", form, "Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("Byline", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal(new string('x', 201), page.QuerySelector("input[name='Draft.Byline']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AChangedBylineIsInTheStorysHistory()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await PublishAsync(editor, "Bylined story", "Olena Kovalenko");
        using var edit = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Byline"] = "Ivan Petrenko" }, "Save");

        var history = await editor.GetPageAsync(editUrl.Replace("/edit", "/history", StringComparison.Ordinal));

        Assert.Equal("- Byline: Olena Kovalenko", history.Text(".diff__line--removed"));
        Assert.Equal("+ Byline: Ivan Petrenko", history.Text(".diff__line--added"));
    }
}
