using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// A story form that arrives without one of its fields (cut short, or made by hand) is refused with a page saying
/// which: saved, the missing field would have emptied that part of the story.
/// </summary>
public class IncompleteFormTests
{
    [Theory]
    [InlineData("Draft.Body", "Body")]
    [InlineData("Draft.Tags", "Tags")]
    [InlineData("Draft.Byline", "Byline")]
    [InlineData("Draft.PhotoCaption", "Caption")]
    [InlineData("Draft.IsHot", "Hot news")]
    public async Task AnEditWithoutOneOfTheFormsFieldsIsRefusedAndTheStoryKeepsIt(string field, string label)
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var form = Stories.NewStoryForm("Harbour cranes return");
        form["Draft.PhotoCaption"] = "Cranes at dawn";
        form["Draft.IsHot"] = "true";
        using var created = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", form, "Save");
        var editUrl = created.Headers.Location!.OriginalString;
        var page = await editor.GetPageAsync(editUrl);
        var sent = page.QuerySelectorAll("form.editor__form :is(input, textarea)[name]")
            .Where(input => input.GetAttribute("type") is not ("file" or "checkbox") && input.GetAttribute("name") != field)
            .GroupBy(input => input.GetAttribute("name")!)
            .Select(inputs => (Name: inputs.Key, Value: inputs.First().LocalName == "textarea" ? inputs.First().TextContent : inputs.First().GetAttribute("value") ?? ""));
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in sent)
        {
            content.Add(new StringContent(value), name);
        }

        using var response = await editor.PostAsync(new Uri($"{editUrl}?handler=Save", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refusal = await response.ParseAsync();
        Assert.Contains($"without its {label} field, so nothing was saved", refusal.Text(".status-page__message"), StringComparison.Ordinal);
        var story = await app.WithStoreAsync(db => db.Articles.Include(a => a.TagLinks).ThenInclude(l => l.Tag).SingleAsync(a => a.Headline == "Harbour cranes return"));
        Assert.Equal("A paragraph about the defence minister's day.", story.BodyMarkdown);
        Assert.Equal(["umerov"], story.TagLinks.Select(l => l.Tag.Name));
        Assert.Equal("Cranes at dawn", story.Photo.Caption);
        Assert.True(story.IsHot);
    }

    [Fact]
    public async Task AnEditWithEveryFieldOfTheFormIsSaved()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        using var created = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Stories.NewStoryForm("Harbour cranes return"), "Save");
        var editUrl = created.Headers.Location!.OriginalString;

        using var saved = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Body"] = "" }, "Save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("", await app.WithStoreAsync(db => db.Articles.Where(a => a.Headline == "Harbour cranes return").Select(a => a.BodyMarkdown).SingleAsync()));
    }
}
