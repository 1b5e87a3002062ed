using System.Net;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>A page number is taken only as the pager writes it: another spelling is refused, not a second address of the page.</summary>
public class PageNumberSpellingTests(NewsPortalFactory app) : IClassFixture<NewsPortalFactory>
{
    [Theory]
    [InlineData("/admin?page=01", "Write the page number as 1, as in ?page=1.")]
    [InlineData("/admin?page=%2B1", "Write the page number as 1, as in ?page=1.")]
    [InlineData("/admin/audit?page=%201", "Write the page number as 1, as in ?page=1.")]
    [InlineData("/admin?page=1.0", "The page number must be a whole number from 1 up, as in ?page=2.")]
    [InlineData("/admin/audit?page=abc", "The page number must be a whole number from 1 up, as in ?page=2.")]
    public async Task ANewsroomListRefusesAPageNumberSpeltAnotherWaySayingHowToWriteIt(string url, string message)
    {
        var admin = await app.SignedInAsync(Roles.Admin);

        var page = await admin.GetPageAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(message, page.Text(".status-page__message"));
    }
}
