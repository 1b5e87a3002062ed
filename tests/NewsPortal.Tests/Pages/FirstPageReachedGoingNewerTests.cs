using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Pages;

/// <summary>
/// Going Newer from a list's second page leads to <c>?after=</c> of that page's top story: the list's first page,
/// which names the list's own address as the one to index and leads no further up.
/// </summary>
public class FirstPageReachedGoingNewerTests
{
    [Fact]
    public async Task TheFirstPageReachedGoingNewerIsTheListsFirstPageUnderTheListsOwnAddress()
    {
        using var app = new NewsPortalFactory();
        for (var i = 1; i <= 30; i++)
        {
            await app.AddStoryAsync($"Umerov story {i}", NewsPortalFactory.SeedEvening.AddMinutes(-i), ["umerov"]);
        }

        var reader = app.CreateReader();
        foreach (var (list, canonical) in new[]
        {
            ("/latest", "/latest"),
            ("/tags/umerov", "/tags/umerov"),
            ("/sections/news", "/sections/news"),
            ("/search?q=umerov", "/search"),
        })
        {
            var first = await reader.GetPageAsync(list);
            var second = await reader.GetPageAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);
            var newer = second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")!;
            Assert.Contains("after=", newer, StringComparison.Ordinal);

            var backToFirst = await reader.GetPageAsync(newer);

            Assert.Equal($"http://localhost{canonical}", backToFirst.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Null(backToFirst.QuerySelector(".pager a[rel=prev]"));
            Assert.Equal(first.Title, backToFirst.Title);
            Assert.Equal(first.QuerySelector("main")!.InnerHtml, backToFirst.QuerySelector("main")!.InnerHtml);
        }
    }
}
