using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Media;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// A photo larger than the site takes never costs the editor the story's text: a story form has room for a photo
/// straight off a camera, and comes back with the problem beside the photo; only a form too large even for that is
/// refused outright, with a newsroom page that says what the limits are.
/// </summary>
public class OversizedPhotoTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    private static readonly Dictionary<string, string> Typed = new()
    {
        ["Draft.Headline"] = "Grain convoy leaves the harbour at dawn",
        ["Draft.Section"] = "Economy",
        ["Draft.Tags"] = "grain, ports",
        ["Draft.Body"] = "The first six ships sailed before sunrise.\n\nPilots boarded each at the breakwater.",
        ["Draft.PhotoCaption"] = "Ships at the harbour mouth",
        ["Draft.PhotoAltText"] = "Grain ships in a line at sea",
        ["Draft.PhotoCredit"] = "Port press office",
        ["Draft.PhotoCreditUrl"] = "https://port.example/press",
    };

    /// <summary>A file that starts as a PNG and is <paramref name="megabytes"/> MB long, as a camera's photo may be.</summary>
    private static byte[] PhotoOf(int megabytes)
    {
        var photo = new byte[megabytes * 1024 * 1024];
        PhotoUploadTests.Png.CopyTo(photo, 0);
        return photo;
    }

    [Fact]
    public async Task APhotoOverTheLimitComesBackAsAMessageBesideThePhotoWithEveryTypedFieldKept()
    {
        var folder = app.Services.GetRequiredService<PhotoStore>().Folder;
        var stored = Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;
        var editor = await app.SignedInAsync(Roles.Editor);

        // Larger than any other request may be (10 MB), within what a story form may carry.
        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Typed, "Save", ("PhotoFile", "camera.png", PhotoOf(12)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Equal("The photo is 12 MB, larger than the 5 MB the site takes. Save a smaller copy and choose that; the rest of the story can be saved now.",
            page.Text("form.editor__form #PhotoFile-problem"));
        Assert.Equal("PhotoFile-problem", page.QuerySelector("#PhotoFile")!.GetAttribute("aria-describedby"));
        foreach (var (name, value) in Typed)
        {
            var field = page.QuerySelector($"form.editor__form [name='{name}']")!;
            Assert.Equal(value, field.LocalName == "textarea" ? field.TextContent.ReplaceLineEndings("\n") : field.GetAttribute("value"));
        }

        Assert.Equal(stored, Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0);
    }

    [Fact]
    public async Task TheFormTellsTheLimitAndGivesItToTheScriptFromTheSetting()
    {
        using var site = new NewsPortalFactory().With("Media:MaxPhotoBytes", (3 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var editor = await site.SignedInAsync(Roles.Editor);

        var form = await editor.GetPageAsync("/admin/stories/new");

        Assert.Equal("3145728", form.QuerySelector("#PhotoFile")!.GetAttribute("data-max-bytes"));
        Assert.Contains("at most 3 MB", form.Text("label[for='PhotoFile']"), StringComparison.Ordinal);
        Assert.True(form.QuerySelector("#PhotoFile-problem")!.HasAttribute("hidden"));
    }

    [Fact]
    public async Task AStoryFormTooLargeEvenForThatIsRefusedWith413InTheNewsroomSayingTheLimits()
    {
        using var site = new NewsPortalFactory().With("RequestLimits:MaxStoryFormBytes", (12 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var editor = await site.SignedInAsync(Roles.Editor);

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Typed, "Save", ("PhotoFile", "camera.png", PhotoOf(13)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.NotNull(page.QuerySelector("body.admin header.masthead--admin"));
        var message = page.Text(".status-page__message");
        // What was sent: the 13 MB photo and the form around it.
        Assert.Matches(@"^The story was not saved: what was sent \(13\.1 MB\) is more than a story form may carry \(12 MB at most\)\.", message);
        Assert.Contains("A photo may be at most 5 MB", message, StringComparison.Ordinal);
        Assert.Equal("/admin", page.QuerySelector(".status-page a")!.GetAttribute("href"));
        Assert.DoesNotContain(Typed["Draft.Headline"], (await editor.GetPageAsync("/admin")).Text("main"), StringComparison.Ordinal);
    }
}
