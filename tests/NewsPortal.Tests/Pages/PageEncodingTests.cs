using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Pages;

public class PageEncodingTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task LettersOfEveryScriptGoOutAsThemselvesAndMarkupStaysEncoded()
    {
        var story = await app.AddStoryAsync("Київ: «новини» дня <b>ʼ", NewsPortalFactory.SeedEvening.AddMinutes(-5),
            tags: ["Київ"], body: "Зеленський сказав: «Ελλάδα» و 東京.");
        var reader = app.CreateReader();

        foreach (var path in new[] { Urls.Article(story.Id, story.Slug), "/", "/latest" })
        {
            var html = await reader.GetStringAsync(new Uri(path, UriKind.Relative));

            Assert.Contains("Київ: «новини» дня &lt;b&gt;ʼ", html, StringComparison.Ordinal);
            Assert.DoesNotContain("&#x41A;", html, StringComparison.Ordinal);
        }

        var article = await reader.GetStringAsync(new Uri(Urls.Article(story.Id, story.Slug), UriKind.Relative));
        Assert.Contains("Зеленський сказав: «Ελλάδα» و 東京.", article, StringComparison.Ordinal);
    }
}
