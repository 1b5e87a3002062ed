using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsPortal.BrowserTests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.BrowserTests.Newsroom;

/// <summary>A newsroom account made for one test, and how its owner signs in through the form.</summary>
public sealed record Colleague(string Email, string Password)
{
    /// <summary>Adds an account with the given role (Author, Editor or Admin) to the site's store.</summary>
    public static async Task<Colleague> AddAsync(BrowserSite site, string role)
    {
        ArgumentNullException.ThrowIfNull(site);
        var colleague = new Colleague($"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@newsroom.test", "harbour-cranes-at-dawn");
        await using var scope = site.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>().AddAsync(colleague.Email, role, colleague.Password);
        Assert.Empty(problems);
        return colleague;
    }

    /// <summary>Fills in and sends the sign-in form the page is showing.</summary>
    public async Task SignInAsync(IPage page, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("#Email").FillAsync(Email);
        await page.Locator("#Password").FillAsync(password ?? Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }
}
