using System.Net;
using AngleSharp.Dom;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Pages;

/// <summary>
/// Going Newer from deep in a list back up to its top lands on the list's first page under the list's own address:
/// the same stories in the same order as the first page, never the few stories left above the page the reader was on.
/// </summary>
public class NewerUpToTheTopTests
{
    private const int PageSize = 20;

    [Theory]
    [InlineData("/latest", "/latest")]
    [InlineData("/tags/lanterns", "/tags/lanterns")]
    [InlineData("/sections/news", "/sections/news")]
    [InlineData("/search?q=lantern", "/search")]
    public async Task NewerFromTwoPagesDownEndsOnTheListsOwnFirstPageAlsoWhenStoriesWerePublishedMeanwhile(string list, string canonical)
    {
        using var app = new NewsPortalFactory();
        for (var i = 1; i <= 45; i++)
        {
            await app.AddStoryAsync($"Harbour lantern story {i}", NewsPortalFactory.SeedEvening.AddMinutes(-i), ["lanterns"]);
        }

        var reader = app.CreateReader();
        await AssertNewerEndsOnTheFirstPageAsync(reader, list, canonical, await TwoPagesDownAsync(reader, list));

        var thirdPage = await TwoPagesDownAsync(reader, list);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        for (var i = 1; i <= 3; i++)
        {
            await app.AddStoryAsync($"Harbour lantern story published later {i}", app.Time.GetUtcNow().AddSeconds(-i), ["lanterns"]);
        }

        await AssertNewerEndsOnTheFirstPageAsync(reader, list, canonical, thirdPage);
    }

    private static async Task<IDocument> TwoPagesDownAsync(HttpClient reader, string list)
    {
        var first = await reader.GetPageAsync(list);
        var second = await reader.GetPageAsync(OlderHref(first)!);
        return await reader.GetPageAsync(OlderHref(second)!);
    }

    private static async Task AssertNewerEndsOnTheFirstPageAsync(HttpClient reader, string list, string canonical, IDocument deepPage)
    {
        var page = deepPage;
        string? landedOn = null;
        while (NewerHref(page) is { } newer)
        {
            Assert.Contains("after=", newer, StringComparison.Ordinal);
            using var response = await reader.GetAsync(new Uri(newer, UriKind.Relative));
            landedOn = response.StatusCode == HttpStatusCode.Found ? response.Headers.Location!.OriginalString : newer;
            page = await reader.GetPageAsync(landedOn);
        }

        var firstPage = await reader.GetPageAsync(list);
        Assert.Equal(list, landedOn);
        Assert.Equal(PageSize, Headlines(page).Count);
        Assert.Equal(Headlines(firstPage), Headlines(page));
        Assert.Equal($"http://localhost{canonical}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(firstPage.Title, page.Title);
    }

    private static string? OlderHref(IDocument page) => page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");

    private static string? NewerHref(IDocument page) => page.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href");

    private static List<string?> Headlines(IDocument page) =>
        page.QuerySelectorAll(".story-list__headline").Select(link => link.GetAttribute("href")).ToList();
}
