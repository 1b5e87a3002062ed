using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>The users page's table, as a screen reader and a phone show it.</summary>
public class UsersTableTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Fact]
    public async Task EachRowsButtonsNameTheirUser()
    {
        var email = await app.AddUserAsync(Roles.Author);
        var admin = await app.SignedInAsync(Roles.Admin);

        var page = await admin.GetPageAsync("/admin/users");

        var row = page.QuerySelectorAll("table tbody tr").Single(tr => tr.QuerySelector("td")!.Text() == email);
        // The visible word first, then the user, for the eye only: what is seen starts what is heard.
        Assert.Equal([$"Change the role of {email}", $"Disable {email}"], row.QuerySelectorAll("button").Select(button => button.Text()));
        Assert.All(row.QuerySelectorAll("button span"), span => Assert.Contains("visually-hidden", span.ClassList));
    }

    [Fact]
    public async Task TheAdminsOwnRowOffersNoButtonsThatCouldOnlyRefuse()
    {
        var email = $"chief-{Guid.NewGuid():N}@newsroom.example";
        var admin = await app.SignedInAsync(Roles.Admin, email);

        var page = await admin.GetPageAsync("/admin/users");

        var row = page.QuerySelectorAll("table tbody tr").Single(tr => tr.QuerySelector("td")!.Text() == email);
        Assert.Empty(row.QuerySelectorAll("form, button, select"));
        Assert.Equal(["Admin", "You: another admin changes your role or disables your account."],
            row.QuerySelectorAll("td[data-label=Role], td:last-child").Select(td => td.Text()));
    }

    [Fact]
    public async Task EveryColumnWithTextIsNamedOnANarrowScreen()
    {
        await app.AddUserAsync(Roles.Author);
        var admin = await app.SignedInAsync(Roles.Admin);

        var page = await admin.GetPageAsync("/admin/users");

        var row = page.QuerySelector("table tbody tr")!;
        Assert.Equal(["Email", "Role", "State"], row.QuerySelectorAll("td[data-label]").Select(td => td.GetAttribute("data-label")!));
    }
}
