using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Accounts;

namespace NewsPortal.Tests.Admin;

/// <summary>
/// The story list's "Headline A–Z" is the alphabet's order in the newsroom's language, on either store: not the store's
/// order of characters, which put "apple" after "Zebra", Ukrainian Є, І, Ї before А, and a quoted headline first.
/// </summary>
public class StoryListAlphabeticalOrderTests
{
    private static readonly DateTimeOffset Evening = NewsPortalFactory.SeedEvening;

    private static NewsPortalFactory EmptyNewsroom(string language = "en") =>
        new NewsPortalFactory().With("Seeds:ImportWhenEmpty", "false").With("Newsroom:Language", language);

    private static async Task AddStoriesAsync(NewsPortalFactory app, IEnumerable<string> headlines)
    {
        foreach (var headline in headlines)
        {
            await app.AddStoryAsync(headline, Evening.AddHours(-1));
        }
    }

    private static async Task<List<string>> AToZAsync(NewsPortalFactory app, int pageNumber = 1)
    {
        var editor = await app.SignedInAsync(Roles.Editor);
        var page = await editor.GetPageAsync($"/admin?sort=headline&page={pageNumber}");
        return page.QuerySelectorAll("tbody tr td:first-child").Select(cell => cell.Text()).ToList();
    }

    [Fact]
    public async Task HeadlinesGoAToZWhateverTheirCaseQuotesOrNumbers()
    {
        using var app = EmptyNewsroom();
        await AddStoriesAsync(app, ["Zebra crossing reopens", "«Kyiv» marathon postponed", "apple harvest begins", "Harbour report 10", "\"Bridge\" repairs end", "Harbour report 2", "Éclairs sell out"]);

        Assert.Equal(
            ["apple harvest begins", "\"Bridge\" repairs end", "Éclairs sell out", "Harbour report 2", "Harbour report 10", "«Kyiv» marathon postponed", "Zebra crossing reopens"],
            await AToZAsync(app));
    }

    [Fact]
    public async Task InAUkrainianNewsroomHeadlinesFollowTheUkrainianAlphabet()
    {
        using var app = EmptyNewsroom("uk");
        await AddStoriesAsync(app, ["Ялта зустрічає весну", "Їжаки прокинулися", "Ґанок музею відновили", "Євробачення: відбір", "Ірпінь відбудовується", "бджолярі збирають мед", "Гора в снігу", "«Укрзалізниця» додає потяги", "Антонов приземлився", "Harbour report"]);

        Assert.Equal(
            ["Антонов приземлився", "бджолярі збирають мед", "Гора в снігу", "Ґанок музею відновили", "Євробачення: відбір", "Ірпінь відбудовується", "Їжаки прокинулися", "«Укрзалізниця» додає потяги", "Ялта зустрічає весну", "Harbour report"],
            await AToZAsync(app));
    }

    [Fact]
    public async Task PagingThroughTheAToZListGoesOnWhereThePageBeforeStopped()
    {
        string[] alphabet = ["alpha", "Bravo", "charlie", "Delta", "echo", "Foxtrot", "golf", "Hotel", "india", "Juliett", "kilo", "Lima", "mike",
            "November", "oscar", "Papa", "quebec", "Romeo", "sierra", "Tango", "uniform", "Victor", "whiskey", "X-ray", "yankee", "Zulu"];
        using var app = EmptyNewsroom();
        // Saved out of order, so that neither the ids nor the times give the order away.
        await AddStoriesAsync(app, alphabet.Select((_, i) => $"{alphabet[(i * 7) % alphabet.Length]} harbour report"));

        var first = await AToZAsync(app);
        var second = await AToZAsync(app, 2);

        Assert.Equal(alphabet.Select(word => $"{word} harbour report"), first.Concat(second));
        Assert.Equal(["Zulu harbour report"], second);
    }

    /// <summary>
    /// A store written before sort keys, or keyed in another language's order, is keyed anew by the next start; the
    /// copy stands for the same file opened by a newer release.
    /// </summary>
    [Theory]
    [InlineData("en", true)]
    [InlineData("uk", false)]
    [SqliteOnly]
    public async Task AStoreKeyedOtherwiseOrNotAtAllIsPutInOrderWhenTheAppStarts(string languageAfter, bool fromBeforeKeys)
    {
        using var before = EmptyNewsroom();
        using var after = EmptyNewsroom(languageAfter);
        await AddStoriesAsync(before, ["Ґанок музею відновили", "Zebra crossing reopens", "Гора в снігу", "apple harvest begins"]);
        await before.WithStoreAsync(async db =>
        {
            if (fromBeforeKeys)
            {
                await db.GetService<IMigrator>().MigrateAsync("20261127193528_SitemapPhotos");
            }

            return await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", after.DatabasePath);
        });

        var listed = await AToZAsync(after);

        Assert.Equal(
            languageAfter == "uk"
                ? ["Гора в снігу", "Ґанок музею відновили", "apple harvest begins", "Zebra crossing reopens"]
                : ["apple harvest begins", "Zebra crossing reopens", "Ґанок музею відновили", "Гора в снігу"],
            listed);
        Assert.Equal(0, await after.WithStoreAsync(db => db.Articles.CountAsync(a => a.HeadlineSortKey == null || !a.HeadlineSortKeyVersion!.StartsWith(languageAfter + " "))));
    }
}
