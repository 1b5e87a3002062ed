using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

public class StoryListFilterTests
{
    [Theory]
    [InlineData("київ")]
    [InlineData("КИЇВ")]
    [InlineData("Новини")]
    [InlineData("straße")]
    [InlineData("ÉCOLE")]
    [InlineData("kyiv")]
    public async Task TheFilterIgnoresLetterCaseInEveryScript(string typed)
    {
        using var app = new NewsPortalFactory();
        await app.AddStoryAsync("Київ: новини дня", NewsPortalFactory.SeedEvening.AddHours(-1), body: "Kyiv after the STRASSE vote, near the Straße école.");
        await app.AddStoryAsync("Львів: погода", NewsPortalFactory.SeedEvening.AddHours(-2), body: "Nothing else.");
        var editor = await app.SignedInAsync(Roles.Editor);

        var page = await editor.GetPageAsync($"/admin?q={Uri.EscapeDataString(typed)}");

        Assert.Equal("1 story", page.Text(".listing__count"));
        Assert.Contains("Київ: новини дня", page.Text("tbody"), StringComparison.Ordinal);
    }
}
