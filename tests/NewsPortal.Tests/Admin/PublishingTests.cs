using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Admin;

public class PublishingTests
{
    private static Dictionary<string, string> Story(string headline, string tags = "umerov, defense") => new()
    {
        ["Draft.Headline"] = headline,
        ["Draft.Section"] = "Politics",
        ["Draft.Tags"] = tags,
        ["Draft.Body"] = "First paragraph of the new story.\n\nSecond paragraph with **bold** text.",
    };

    private static async Task<string> CreateAsync(HttpClient browser, Dictionary<string, string> story, string handler)
    {
        using var response = await browser.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task APublishedStoryIsInEveryReaderViewOnTheNextRequest()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var reader = app.CreateReader();
        await reader.GetPageAsync("/"); // the reader views have been served before the publish

        var editUrl = await CreateAsync(editor, Story("Umerov opens a new arms plant"), "Publish");

        var id = editUrl.Split('/')[3];
        Assert.Equal("Umerov opens a new arms plant", (await reader.GetPageAsync("/")).Text("#LeadHeadline"));
        Assert.Equal("Umerov opens a new arms plant", (await reader.GetPageAsync("/latest")).Texts("main li a")[0]);
        Assert.Equal("Umerov opens a new arms plant", (await reader.GetPageAsync("/tags/umerov")).Texts("main li a")[0]);
        Assert.Equal("Umerov opens a new arms plant", (await reader.GetPageAsync("/tags/defense")).Texts("main li a")[0]);
        var seedPage = await reader.GetPageAsync("/articles/1/umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of");
        Assert.Equal("Umerov opens a new arms plant", seedPage.Texts("[aria-labelledby=MoreAboutHeading] li a")[0]);
        var story = await reader.GetPageAsync($"/articles/{id}/umerov-opens-a-new-arms-plant");
        Assert.Equal("20:00 07.03.2025", story.Text("header time"));
        Assert.Equal("bold", story.Text(".story__body strong"));
        Assert.Equal("Tags: #umerov #defense", story.Text(".story__tags"));
    }

    [Fact]
    public async Task TheEditorOffersWhatSuitsTheStorysStateAndWarnsBeforeTakingALiveStoryOff()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var liveUrl = await CreateAsync(editor, Story("Live story"), "Publish");
        var inReviewUrl = await CreateAsync(editor, Story("Story in review"), "Submit");

        var live = await editor.GetPageAsync(liveUrl);
        var inReview = await editor.GetPageAsync(inReviewUrl);

        Assert.Equal("Take off the site and schedule", live.Text("button[formaction$='handler=Schedule']"));
        Assert.Contains("leaves the site until its new time", live.Text(".schedule .help"), StringComparison.Ordinal);
        Assert.Null(live.QuerySelector("button[formaction$='handler=Submit']"));
        Assert.Null(inReview.QuerySelector("button[formaction$='handler=Submit']"));
        Assert.Equal("Schedule", inReview.Text("button[formaction$='handler=Schedule']"));
        Assert.NotNull((await editor.GetPageAsync("/admin/stories/new")).QuerySelector("button[formaction$='handler=Submit']"));
    }

    [Fact]
    public async Task TagsAndSectionsInAnyScriptKeepTheirOwnNamesAndAddresses()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var first = Story("日本の記者会見", "💥, 日本, Ελλάδα, story, C#, C++, Kyiv's");
        first["Draft.Section"] = "日本";
        var editUrl = await CreateAsync(editor, first, "Publish");
        var second = Story("Second story", "kyiv’s, c#, ελλάδα");
        second["Draft.Section"] = "Ελλάδα";
        var secondUrl = await CreateAsync(editor, second, "Publish");

        var reader = app.CreateReader();
        using var moved = await reader.GetAsync(new Uri($"/articles/{editUrl.Split('/')[3]}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        var story = await reader.GetPageAsync(moved.Headers.Location!.OriginalString);

        Assert.Equal("日本の記者会見", story.Text("h1"));
        Assert.Equal(["#💥", "#日本", "#Ελλάδα", "#story", "#C#", "#C++", "#Kyiv's"], story.Texts(".story__tags a"));
        var tagAddresses = story.QuerySelectorAll(".story__tags a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/tags/%F0%9F%92%A5", "/tags/story"], [tagAddresses[0], tagAddresses[3]]); // an emoji is its own address
        Assert.Equal(tagAddresses.Count, tagAddresses.Distinct().Count());
        foreach (var (address, name) in tagAddresses.Zip(story.Texts(".story__tags a")))
        {
            Assert.Equal(name, (await reader.GetPageAsync(address)).Text("h1"));
        }

        var secondStory = await reader.GetPageAsync((await reader.GetAsync(new Uri($"/articles/{secondUrl.Split('/')[3]}", UriKind.Relative))).Headers.Location!.OriginalString);
        Assert.Equal(["#Kyiv's", "#C#", "#Ελλάδα"], secondStory.Texts(".story__tags a")); // the tags already there, as first named
        Assert.Equal("日本", (await reader.GetPageAsync(story.QuerySelector("a.story__section")!.GetAttribute("href")!)).Text("h1"));
        Assert.Equal("/sections/ellada", secondStory.QuerySelector("a.story__section")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnEmojiTagThatHadTheAddressStoryKeepsIt()
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("Older story", app.Time.GetUtcNow(), tags: ["💥"]); // filed as the store did before: /tags/story
        var editor = await app.SignedInAsync(Roles.Editor);

        var editUrl = await CreateAsync(editor, Story("Newer story", "💥"), "Publish");

        var story = await app.CreateReader().GetPageAsync($"/articles/{editUrl.Split('/')[3]}/newer-story");
        Assert.Equal(["/tags/story"], story.QuerySelectorAll(".story__tags a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task PastedControlCharactersAndNoncharactersAreTakenOutBeforeTheyReachAnyPageOrFeed()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = Story("Pasted\vfrom Word\u0001", "pasted\uFFFE, word\u0007");
        story["Draft.Section"] = "Bad\uFFFEsection";
        story["Draft.Body"] = "A line\vanother line\u0000 and \uFFFF.";

        var editUrl = await CreateAsync(editor, story, "Publish");

        var reader = app.CreateReader();
        var page = await reader.GetPageAsync($"/articles/{editUrl.Split('/')[3]}/pasted-from-word");
        Assert.Equal("Pasted from Word", page.Text("h1"));
        Assert.Equal("Badsection", page.Text(".story__section"));
        Assert.Equal("Tags: #pasted #word", page.Text(".story__tags"));
        Assert.Equal("A line another line and .", page.Text(".story__body p").ReplaceLineEndings(" "));
        foreach (var path in new[] { "/", "/feed.rss", "/feed.atom", "/tags/pasted/feed.rss", "/sitemap.xml", "/news-sitemap.xml", "/sections/badsection", "/search?q=pasted%EF%BF%BE" })
        {
            using var response = await reader.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            if (path.Contains(".xml", StringComparison.Ordinal) || path.Contains("feed", StringComparison.Ordinal))
            {
                System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
            }
        }
    }

    [Fact]
    public async Task ASlugMadeFromAHeadlineWithADottedCapitalIIsOneTheFormTakesAgain()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        var editUrl = await CreateAsync(editor, Story("İstanbul news"), "Publish");
        using var savedAgain = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Save");

        Assert.Equal("istanbul-news", (await editor.GetPageAsync(editUrl)).QuerySelector("#Draft_Slug")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, savedAgain.StatusCode);
        Assert.Equal("İstanbul news", (await app.CreateReader().GetPageAsync($"/articles/{editUrl.Split('/')[3]}/istanbul-news")).Text("h1"));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200C\u200D")]
    [InlineData("\u2060\uFEFF\u00AD")]
    [InlineData("\u2800")]
    [InlineData("\u3164")]
    [InlineData("\u202E")]
    [InlineData("\u0301")]
    [InlineData("\u00A0\u200B\u3000")]
    public async Task AHeadlineOfInvisibleCharactersIsNoHeadline(string headline)
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Story(headline), "Publish");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("A story needs a headline.", (await response.ParseAsync()).Text(".form-errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvisibleAndBidiCharactersAreTakenOutOfTheStorysLinesAndInvisibleTagsAreNoTags()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = Story("\u202EBreaking: markets fall\u200B", "markets, \u200B, \u3164, \u2066\u2069, #\u00AD");
        story["Draft.Section"] = "\u2800";
        story["Draft.Body"] = "\u202EFirst paragraph.\n\nSecond paragraph.";

        var editUrl = await CreateAsync(editor, story, "Publish");

        var reader = app.CreateReader();
        Assert.Equal("Breaking: markets fall", (await reader.GetPageAsync("/latest")).Texts("main li a")[0]);
        Assert.Equal("Breaking: markets fall", (await editor.GetPageAsync("/admin")).Texts("main td a")[0]);
        var page = await reader.GetPageAsync($"/articles/{editUrl.Split('/')[3]}/breaking-markets-fall");
        Assert.Equal(["#markets"], page.Texts(".story__tags a"));
        Assert.Null(page.QuerySelector(".story__section"));
        Assert.Equal(["First paragraph.", "Second paragraph."], page.Texts(".story__body p"));
    }

    [Fact]
    public async Task AStoryWhoseSlugHadToBeNumberedCanStillBeSavedAndUnpublished()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var headline = "Breaking " + new string('x', 71); // its slug is as long as a slug may be

        await CreateAsync(editor, Story(headline), "Publish");
        var second = await CreateAsync(editor, Story(headline), "Publish");

        using var saved = await editor.SubmitFormAsync(second, "form.editor__form", [], "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var unpublished = await editor.SubmitFormAsync(second, "form.editor__form", [], "Unpublish");
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
    }

    [Fact]
    public async Task TagsAreLimitedInNumberAndLengthWithAMessageAndTheMostAllowedCanBeSavedAgain()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var most = string.Join(",", Enumerable.Range(0, ArticleDraft.MaxTags).Select(i => $"{i}{new string('t', ArticleDraft.MaxTagLength - 2)}"));

        using var tooMany = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Story("Many tags", most + ",one more"), "Save");
        using var tooLong = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Story("Long tag", new string('t', ArticleDraft.MaxTagLength + 1)), "Save");
        var editUrl = await CreateAsync(editor, Story("As many tags as may be", most), "Publish");
        using var savedAgain = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Contains($"at most {ArticleDraft.MaxTags} tags", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, savedAgain.StatusCode);
    }

    [Fact]
    public async Task ABodyNestedTooDeeplyToReadIsRefusedWithAMessageOnSaveAndPreview()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = Story("Quotes in quotes");
        story["Draft.Body"] = string.Concat(Enumerable.Repeat("> ", 200)) + "deep";

        foreach (var handler in new[] { "Save", "Preview" })
        {
            using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, handler);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("too deeply", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ABodyThatWouldTieUpTheServerIsRefusedWithAMessageOnSaveAndPreview()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Author);
        var story = Story("Brackets pasted by the thousand");
        story["Draft.Body"] = "A first paragraph.\n\n" + string.Concat(Enumerable.Repeat("![a](", 30_000));

        foreach (var handler in new[] { "Save", "Preview" })
        {
            using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, handler);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = await response.ParseAsync();
            Assert.Contains("150,000 characters in a row without a space (from \"![a](![a](", page.Text(".form-errors"), StringComparison.Ordinal);
            Assert.Equal("Brackets pasted by the thousand", page.QuerySelector("#Draft_Headline")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task AScheduledStoryGoesLiveAtItsTimeWithoutARestart()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = Story("Scheduled for the morning");
        story["ScheduleAt"] = "2025-03-08T09:00"; // Kyiv time, 07:00 UTC

        var editUrl = await CreateAsync(editor, story, "Schedule");

        var reader = app.CreateReader();
        Assert.DoesNotContain("Scheduled for the morning", (await reader.GetPageAsync("/latest")).Texts("main li a"));
        Assert.Equal("Scheduled", (await editor.GetPageAsync(editUrl)).Text(".editor__status .state"));

        app.Time.SetUtcNow(new DateTimeOffset(2025, 3, 8, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal("Scheduled for the morning", (await reader.GetPageAsync("/")).Text("#LeadHeadline"));
        Assert.Equal("09:00 08.03.2025", (await reader.GetPageAsync("/")).Text(".lead time"));
    }

    [Fact]
    public async Task UnpublishingTakesAStoryOffTheSite()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await CreateAsync(editor, Story("A story to take down"), "Publish");
        var reader = app.CreateReader();
        Assert.Equal("A story to take down", (await reader.GetPageAsync("/")).Text("#LeadHeadline"));
        var unpublish = (await editor.GetPageAsync(editUrl)).QuerySelectorAll("button[formaction$='handler=Unpublish']").Single();
        Assert.Equal("Unpublish", unpublish.Text());
        Assert.Equal("Take this story off the site now? Readers will no longer find it.", unpublish.GetAttribute("data-confirm"));

        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Unpublish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual("A story to take down", (await reader.GetPageAsync("/")).Text("#LeadHeadline"));
        var page = await editor.GetPageAsync(editUrl);
        Assert.Equal("Unpublished", page.Text(".editor__status .state"));
        Assert.Equal("Unpublished: readers no longer see the story.", page.Text(".flash"));
    }

    [Fact]
    public async Task AnAuthorWritesAndSubmitsButCannotPublish()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);

        var editUrl = await CreateAsync(author, Story("An author's draft"), "Save");
        using var publish = await author.SubmitFormAsync(editUrl, "form.editor__form", [], "Publish");
        using var submit = await author.SubmitFormAsync(editUrl, "form.editor__form", [], "Submit");

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        Assert.Equal("In review", (await author.GetPageAsync(editUrl)).Text(".editor__status .state"));
        Assert.DoesNotContain("An author's draft", (await app.CreateReader().GetPageAsync("/latest")).Texts("main li a"));

        var editor = await app.SignedInAsync(Roles.Editor);
        using var published = await editor.SubmitFormAsync(editUrl, "form.editor__form", [], "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("An author's draft", (await app.CreateReader().GetPageAsync("/latest")).Texts("main li a"));
        using var lateEdit = await author.GetAsync(new Uri(editUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, lateEdit.StatusCode);
    }

    [Fact]
    public async Task AnAuthorCannotOpenSomeoneElsesStoryNorTheAdminPages()
    {
        using var app = new NewsPortalFactory();
        var author = await app.SignedInAsync(Roles.Author);
        var editor = await app.SignedInAsync(Roles.Editor);

        foreach (var url in new[] { "/admin/stories/1/edit", "/admin/users", "/admin/audit", "/admin/stories/1/history" })
        {
            using var response = await author.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var users = await editor.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.Equal("Not allowed", (await users.ParseAsync()).Text("h1"));
    }

    [Fact]
    public async Task TheStoryListFiltersByStatusAndTextAndPagesKeepingTheFilter()
    {
        using var app = new NewsPortalFactory();
        for (var i = 1; i <= 30; i++)
        {
            await app.AddStoryAsync($"Harbour report {i}", NewsPortalFactory.SeedEvening.AddHours(-i), status: i % 2 == 0 ? ArticleStatus.Draft : ArticleStatus.Published);
        }

        var editor = await app.SignedInAsync(Roles.Editor);
        var all = await editor.GetPageAsync("/admin");
        var drafts = await editor.GetPageAsync("/admin?state=Draft&q=harbour");

        Assert.Equal(25, all.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("/admin?page=2", all.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("15 stories", drafts.Text(".listing__count"));
        Assert.All(drafts.Texts("tbody tr td:nth-child(2)"), state => Assert.Equal("Draft", state));
        await editor.GetPageAsync("/admin?state=Nonsense", System.Net.HttpStatusCode.BadRequest);
        await editor.GetPageAsync("/admin?page=9", System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheEditorOffersTheTagsInUse()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Author);

        var form = await editor.GetPageAsync("/admin/stories/new");

        Assert.Equal("In use: umerov, kubilius", form.Text(".known-tags"));
    }

    [Fact]
    public async Task ThePreviewUsesThePublicPipelineAndSavesNothing()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = Story("Preview me");
        story["Draft.Body"] = "Some *emphasis* and [a bad link](javascript:alert(1)).";

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, "Preview");

        var page = await response.ParseAsync();
        Assert.Equal("emphasis", page.Text(".preview .story__body em"));
        Assert.Null(page.QuerySelector(".preview a[href^='javascript']"));
        Assert.DoesNotContain("Preview me", (await editor.GetPageAsync("/admin")).Texts("table a"));
    }

    [Fact]
    public async Task ThePreviewsHeadlineIsAHeadingUnderItsSectionNotASecondPageHeading()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", Story("Preview my outline"), "Preview");

        var page = await response.ParseAsync();
        Assert.Equal(["New story"], page.Texts("h1"));
        Assert.Equal("Preview", page.Text("#Preview > h2"));
        Assert.Equal("Preview my outline", page.Text("#Preview h3.story__headline"));
    }

    // The preview shows the photo credit as the public page will: linked when the link is one the save would keep.
    [Theory]
    [InlineData("https://example.com/agency", "https://example.com/agency")]
    [InlineData("javascript:alert(1)", null)]
    public async Task ThePreviewLinksThePhotoCreditAsThePageWill(string link, string? shownLink)
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var story = Story("Preview the credit");
        (story["Draft.PhotoCredit"], story["Draft.PhotoCreditUrl"]) = ("Agency", link);

        using var response = await editor.SubmitFormAsync("/admin/stories/new", "form.editor__form", story, "Preview");

        var page = await response.ParseAsync();
        Assert.Equal("Photo: Agency", page.Text(".preview .story__credit"));
        Assert.Equal(shownLink, page.QuerySelector(".preview .story__credit a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task TheSlugOfAPublishedStoryCannotChange()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        var editUrl = await CreateAsync(editor, Story("Stable address"), "Publish");

        using var response = await editor.SubmitFormAsync(editUrl, "form.editor__form", new() { ["Draft.Slug"] = "another-address" }, "Save");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("cannot change", (await response.ParseAsync()).Text(".form-errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATakenSlugIsRefusedAndAnEmptyOneIsMadeUnique()
    {
        using var app = new NewsPortalFactory();
        var editor = await app.SignedInAsync(Roles.Editor);
        await CreateAsync(editor, Story("Twice the same headline"), "Save");
        var second = await CreateAsync(editor, Story("Twice the same headline"), "Save");

        Assert.Equal("twice-the-same-headline-2", (await editor.GetPageAsync(second)).QuerySelector("#Draft_Slug")!.GetAttribute("value"));
        using var taken = await editor.SubmitFormAsync(second, "form.editor__form", new() { ["Draft.Slug"] = "twice-the-same-headline" }, "Save");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
    }
}
