using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>
/// An editor writes a story in the newsroom, previews and publishes it; a reader who is not signed in then
/// finds it on the front page, on its own page with its byline and photo, and under its tag.
/// </summary>
[Collection(NewsroomSuite.Name)]
public sealed class EditorPublishesAStoryTests(BrowserSite site)
{
    private const string Headline = "Odesa harbour reopens to grain ships after the storm";
    private const string Slug = "odesa-harbour-reopens-to-grain-ships-after-the-storm";
    private const string Caption = "Cranes at berth 5 on Friday morning";
    private const string AltText = "Blue sky over the calm, dark water of the harbour";
    private const string Credit = "Port authority";
    private const string Byline = "Olena Kovalenko, Odesa";
    private const int PhotoWidth = 640;
    private const int PhotoHeight = 360;

    // A heading, emphasis and strong text: the preview and the article must show them as HTML, not as asterisks.
    private const string Body =
        """
        The cranes were turning again on Friday as the *Odesa* harbour reopened after two days of storm.

        ## What changes for shippers

        Berths 3 to 7 take **grain** ships first; the rest follow from Monday.
        """;

    [Fact]
    public async Task EditorPublishesAStoryWithPhotoThatReadersFindOnFrontArticleAndTagPages()
    {
        const string test = nameof(EditorPublishesAStoryWithPhotoThatReadersFindOnFrontArticleAndTagPages);
        await using var newsroom = await site.OpenReaderAsync(testName: test + "-editor");
        var desk = newsroom.Page;

        await NewsroomDesk.SignInAndOpenNewStoryAsync(site, newsroom);
        await WriteStoryAsync(desk);
        await newsroom.ScreenshotAsync("new-story-written");
        // The time to publish at sits beside its button, not stretched across the form.
        var timeField = await desk.Locator("#ScheduleAt").BoundingBoxAsync();
        var form = await desk.Locator("form.editor__form").BoundingBoxAsync();
        Assert.True(timeField!.Width < form!.Width / 2, $"The Publish at field is {timeField.Width} px wide in a form of {form.Width} px");

        await desk.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        var preview = desk.Locator("section.preview");
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(Headline);
        await Expect(preview.Locator(".story__body em")).ToHaveTextAsync("Odesa");
        await Expect(preview.Locator(".story__body h4")).ToHaveTextAsync("What changes for shippers"); // under the preview's h3
        await Expect(preview.Locator(".story__body strong")).ToHaveTextAsync("grain");
        await Expect(preview).Not.ToContainTextAsync("*");
        await Expect(preview.Locator(".story__tag")).ToHaveTextAsync(["#harbour", "#ports"]);
        await Expect(preview.Locator(".story__reading-time")).ToHaveTextAsync(new Regex("^[0-9]+ min read$"));
        await Expect(preview.Locator(".story__byline")).ToHaveTextAsync("By " + Byline);
        await Expect(desk).ToHaveURLAsync(new Regex("#Preview$"));
        await Expect(desk.Locator("#PreviewHeading")).ToBeInViewportAsync(); // the editor lands on the preview, not the top of the form
        await Expect(desk.Locator("#Draft_Headline")).ToHaveValueAsync(Headline);
        await Expect(desk.Locator("#Draft_Tags")).ToHaveValueAsync("harbour, ports");
        await Expect(desk.Locator("#Draft_PhotoAltText")).ToHaveValueAsync(AltText);
        await newsroom.ScreenshotAsync("preview");

        // A photo chosen after Preview: one chosen before it is kept too (EditorKeepsTheChosenPhotoTests).
        await NewsroomDesk.ChoosePhotoAsync(desk, PhotoWidth, PhotoHeight);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Publish now", Exact = true }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/admin/stories/[0-9]+/edit$"));
        await Expect(desk.Locator("p.flash")).ToHaveTextAsync("Published: the story is live.");
        await Expect(desk.Locator(".editor__status .state")).ToHaveTextAsync("Published");
        await Expect(desk.Locator("img.editor__photo")).ToHaveAttributeAsync("alt", AltText);
        var articleId = Regex.Match(desk.Url, "/admin/stories/([0-9]+)/edit$").Groups[1].Value;
        await newsroom.ScreenshotAsync("published");
        newsroom.SawNoErrors();

        await using var reader = await site.OpenReaderAsync(testName: test + "-reader");
        var page = reader.Page;
        var articlePath = $"/articles/{articleId}/{Slug}";

        await page.GotoAsync("/");
        var lead = page.Locator("#LeadHeadline a");
        await Expect(lead).ToHaveTextAsync(Headline);
        await Expect(lead).ToHaveAttributeAsync("href", articlePath);
        await reader.ScreenshotAsync("front");

        await lead.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(articlePath) + "$"));
        var story = page.Locator("article.story");
        await Expect(story.Locator("h1")).ToHaveTextAsync(Headline);
        await Expect(story.Locator(".story__section")).ToHaveTextAsync("Economy");
        await Expect(story.Locator(".story__byline")).ToHaveTextAsync("By " + Byline);
        await Expect(story.Locator(".story__body em")).ToHaveTextAsync("Odesa");
        await Expect(story.Locator(".story__body h2")).ToHaveTextAsync("What changes for shippers");

        var photo = story.Locator("figure.story__photo img");
        await Expect(photo).ToHaveAttributeAsync("alt", AltText);
        await Expect(photo).ToHaveAttributeAsync("src", new Regex("^/media/[0-9a-f]{32}\\.png$"));
        // Loaded and decoded by the browser: a broken or missing image has no natural size.
        await Expect(photo).ToHaveJSPropertyAsync("complete", true);
        // The desktop's column (42rem) is wider than the photo, so the browser takes the photo itself over its sized copy,
        // and, by srcset's width descriptors, gives it the column's natural size at the photo's proportions (to a pixel).
        Assert.EndsWith(await photo.GetAttributeAsync("src") ?? "?", await photo.EvaluateAsync<string>("img => img.currentSrc"), StringComparison.Ordinal);
        var natural = await photo.EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight]");
        Assert.True(natural[0] > 0 && Math.Abs((natural[0] * PhotoHeight) - (natural[1] * PhotoWidth)) <= PhotoWidth, $"Natural size {natural[0]} × {natural[1]}");
        var caption = story.Locator("figure.story__photo figcaption");
        await Expect(caption).ToContainTextAsync(Caption);
        await Expect(caption).ToContainTextAsync("Photo: " + Credit);

        var tagLinks = story.Locator(".story__tags").GetByRole(AriaRole.Link);
        await Expect(tagLinks).ToHaveTextAsync(["#harbour", "#ports"]);
        await Expect(tagLinks.First).ToHaveAttributeAsync("href", "/tags/harbour");
        await Expect(tagLinks.Last).ToHaveAttributeAsync("href", "/tags/ports");
        await reader.ScreenshotAsync("article");

        await tagLinks.First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tags/harbour$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("#harbour");
        var listed = page.Locator("main ol.story-list li a");
        await Expect(listed).ToHaveTextAsync([Headline]);
        await Expect(listed).ToHaveAttributeAsync("href", articlePath);
        await reader.ScreenshotAsync("tag-harbour");

        reader.SawNoErrors();
    }

    private static async Task WriteStoryAsync(IPage desk)
    {
        await desk.Locator("#Draft_Headline").FillAsync(Headline);
        await desk.Locator("#Draft_Section").FillAsync("Economy");
        await desk.GetByLabel("Byline").FillAsync(Byline);
        await desk.Locator("#Draft_Tags").FillAsync("harbour, ports");
        await desk.Locator("#Draft_Body").FillAsync(Body);
        await desk.Locator("#Draft_PhotoCaption").FillAsync(Caption);
        await desk.Locator("#Draft_PhotoAltText").FillAsync(AltText);
        await desk.Locator("#Draft_PhotoCredit").FillAsync(Credit);
    }
}
