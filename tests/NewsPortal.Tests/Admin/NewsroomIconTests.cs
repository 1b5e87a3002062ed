using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// Newsroom pages name the site's icon, as readers' pages do: without it every browser asks for /favicon.ico,
/// which the site does not have, and logs a failed request on every page an editor opens.
/// </summary>
public class NewsroomIconTests
{
    [Theory]
    [InlineData("/admin/sign-in", null)]
    [InlineData("/admin", Roles.Editor)]
    [InlineData("/admin/stories/new", Roles.Author)]
    public async Task NewsroomPagesNameAnIconThatIsThere(string url, string? role)
    {
        using var app = new NewsPortalFactory();
        var browser = role is null ? app.CreateReader() : await app.SignedInAsync(role);

        var page = await browser.GetPageAsync(url);
        var icon = page.QuerySelector("head link[rel=icon]")?.GetAttribute("href");

        Assert.NotNull(icon);
        using var served = await app.CreateReader().GetAsync(new Uri(icon, UriKind.Relative));
        Assert.True(served.IsSuccessStatusCode, $"{icon}: {served.StatusCode}");
        Assert.Equal("image/svg+xml", served.Content.Headers.ContentType?.MediaType);
    }
}
