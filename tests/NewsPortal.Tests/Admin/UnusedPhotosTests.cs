using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Media;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// Photos are stored as soon as they are chosen; those no story ends up using are deleted once they are a few days
/// old, and nothing a story or its history names is ever touched.
/// </summary>
public class UnusedPhotosTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task APhotoNoStoryUsesIsDeletedAfterTheGracePeriodAndEveryUsedOneIsKept()
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        var previewedOnly = await PreviewWithPhotoAsync(editor, "Never saved");
        var storyPhoto = await SaveWithPhotoAsync(editor, "Cranes at the harbour");
        var replaced = await SaveWithPhotoAsync(editor, "Photo replaced later");
        var replacement = await ReplacePhotoAsync(editor, "Photo replaced later");
        var inBody = await PreviewWithPhotoAsync(editor, "Photo in the body");
        using (var saved = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", new()
               {
                   ["Draft.Headline"] = "Photo in the body",
                   ["Draft.Body"] = $"The harbour at dawn.\n\n![Cranes]({inBody})",
               }, "Save"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var recent = await PreviewWithPhotoAsync(editor, "Chosen an hour ago");
        var notOurs = Path.Combine(Folder, "README.txt");
        await File.WriteAllTextAsync(notOurs, "put here by the operator");
        foreach (var old in new[] { previewedOnly, storyPhoto, replaced, replacement, inBody })
        {
            File.SetLastWriteTimeUtc(FileOf(old), app.Time.GetUtcNow().UtcDateTime.AddDays(-3));
        }

        File.SetLastWriteTimeUtc(notOurs, app.Time.GetUtcNow().UtcDateTime.AddDays(-30));
        File.SetLastWriteTimeUtc(FileOf(recent), app.Time.GetUtcNow().UtcDateTime.AddHours(-1));

        var deleted = await app.Services.GetRequiredService<UnusedPhotos>().DeleteAsync(CancellationToken.None);

        Assert.Equal([Path.GetFileName(previewedOnly)], deleted);
        Assert.False(File.Exists(FileOf(previewedOnly)));
        using var gone = await app.CreateReader().GetAsync(new Uri(previewedOnly, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        // The story's photo, one only an earlier revision has, one a body links to, a fresh one, and a file not made here.
        Assert.All(new[] { storyPhoto, replaced, replacement, inBody, recent }, url => Assert.True(File.Exists(FileOf(url)), url));
        Assert.True(File.Exists(notOurs));
    }

    [Fact]
    public async Task SavingAPhotoDeletedMeanwhileAsksForItAgainAndKeepsTheForm()
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        var photo = await PreviewWithPhotoAsync(editor, "A form left open for a week");
        File.SetLastWriteTimeUtc(FileOf(photo), app.Time.GetUtcNow().UtcDateTime.AddDays(-7));
        Assert.Contains(Path.GetFileName(photo), await app.Services.GetRequiredService<UnusedPhotos>().DeleteAsync(CancellationToken.None));

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", new()
        {
            ["Draft.Headline"] = "A form left open for a week",
            ["Draft.PhotoUrl"] = photo,
        }, "Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("The photo chosen for this story is no longer on the server", page.Text(".form-errors"), StringComparison.Ordinal);
        Assert.Equal("A form left open for a week", page.QuerySelector("#Draft_Headline")!.GetAttribute("value"));
    }

    private string Folder => app.Services.GetRequiredService<PhotoStore>().Folder;

    private string FileOf(string url) => Path.Combine(Folder, Path.GetFileName(url));

    /// <summary>Chooses a photo for a new story and previews it: the photo is stored, the story is not.</summary>
    private static async Task<string> PreviewWithPhotoAsync(HttpClient editor, string headline)
    {
        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = headline }, "Preview", ("PhotoFile", "photo.png", PhotoUploadTests.Png));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("#Draft_PhotoUrl")!.GetAttribute("value")!;
    }

    private static async Task<string> SaveWithPhotoAsync(HttpClient editor, string headline)
    {
        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form",
            new() { ["Draft.Headline"] = headline }, "Save", ("PhotoFile", "photo.png", PhotoUploadTests.Png));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await editor.GetPageAsync(response.Headers.Location!.OriginalString)).QuerySelector("#Draft_PhotoUrl")!.GetAttribute("value")!;
    }

    /// <summary>Saves the story with the given headline again with a new photo; the old one stays in its history.</summary>
    private static async Task<string> ReplacePhotoAsync(HttpClient editor, string headline)
    {
        var list = await editor.GetPageAsync("/admin");
        var editUrl = list.QuerySelectorAll("table a").First(link => link.TextContent.Trim() == headline).GetAttribute("href")!;
        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Save", ("PhotoFile", "other.png", PhotoUploadTests.Png));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await editor.GetPageAsync(editUrl)).QuerySelector("#Draft_PhotoUrl")!.GetAttribute("value")!;
    }
}
