using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;

namespace NewsPortal.Tests.Admin;

/// <summary>The story form names the tags in use, most used first, so editors reuse a tag rather than coin a variant.</summary>
public class TagSuggestionsTests
{
    [Fact]
    public async Task TheFormListsTheFortyMostUsedTagsMostUsedFirstThenAlphabetically()
    {
        using var app = new NewsPortalFactory().With("Seeds:ImportWhenEmpty", "false");
        var at = NewsPortalFactory.SeedEvening.AddDays(-1);
        for (var i = 0; i < 3; i++)
        {
            await app.AddStoryAsync($"Harbour story {i}", at.AddMinutes(i), tags: ["Port", "Harbour", "Cranes"]);
        }

        await app.AddStoryAsync("A draft about the harbour", at, tags: ["Harbour", "Docks"], status: ArticleStatus.Draft);
        await app.AddStoryAsync("One of many", at, tags: [.. Enumerable.Range(1, 45).Select(n => $"Minor {n:00}")]);
        var editor = await app.SignedInAsync(Roles.Editor);

        var form = await editor.GetPageAsync("/admin/stories/new");

        var suggested = form.Text(".known-tags")["In use: ".Length..].Split(", ");
        Assert.Equal(40, suggested.Length);
        // Drafts count: a tag the newsroom is using is worth suggesting before it goes live.
        Assert.Equal(["Harbour", "Cranes", "Port", "Docks", "Minor 01", "Minor 02"], suggested[..6]);
        Assert.Equal("Minor 36", suggested[^1]);
    }
}
