using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Search;

namespace NewsPortal.Tests.Search;

/// <summary>Words written with an apostrophe, as Ukrainian writes them and its place names are spelled in Latin letters.</summary>
public class SearchApostropheTests
{
    private static readonly string[] PlaceStories = ["Fortress of Kam'yanets", "Kamʼyanets bridge reopens", "Kam’yanets-Podilskyi hosts a fair"];

    [Theory]
    [InlineData("kamyanets")]
    [InlineData("Kam'yanets")]
    [InlineData("KAM’YANETS")]
    [InlineData("kamʼyanets")]
    [InlineData("kamyanets podilskyi")]
    [InlineData("kam'yan")]
    public async Task AWordWithAnyApostropheIsFoundTypedWithAnyApostropheOrNone(string query)
    {
        using var fresh = new NewsPortalFactory();
        for (var i = 0; i < PlaceStories.Length; i++)
        {
            await fresh.AddStoryAsync(PlaceStories[i], NewsPortalFactory.SeedEvening.AddHours(-1 - i), body: $"Reported from {PlaceStories[i]}.");
        }

        await fresh.AddStoryAsync("Kam and Yanets meet", NewsPortalFactory.SeedEvening.AddHours(-5), body: "Kam met Yanets.");

        var page = await fresh.CreateReader().GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        var expected = query.Contains("podilskyi", StringComparison.Ordinal) ? [PlaceStories[2]] : PlaceStories;
        var placeNames = expected.Select(headline => headline.Split(' ', '-').Single(IsPlaceName)).ToList();
        Assert.Equal(expected, page.Texts("main ol li a"));
        Assert.Equal(placeNames, page.Texts("main ol li a mark").Where(IsPlaceName));
        Assert.Equal(placeNames, page.Texts(".search-results__snippet mark").Where(IsPlaceName));
    }

    [Theory]
    [InlineData("Рада обговорила м'ясо та молоко", "мясо", "м'ясо")]
    [InlineData("Рада обговорила м'ясо та молоко", "м’ясо", "м'ясо")]
    [InlineData("Делегати зібралися на з’їзд у Львові", "з'їзд", "з’їзд")]
    [InlineData("Делегати зібралися на з’їзд у Львові", "зїзд", "з’їзд")]
    [InlineData("Минуло пʼять років", "п'ять", "пʼять")]
    [InlineData("Минуло пʼять років", "пять", "пʼять")]
    public async Task UkrainianWordsWithAnApostropheAreFoundTypedWithAnyApostropheOrNone(string body, string query, string marked)
    {
        using var fresh = new NewsPortalFactory();
        await fresh.AddStoryAsync("Новини дня", NewsPortalFactory.SeedEvening.AddHours(-1), body: body);

        var page = await fresh.CreateReader().GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(["Новини дня"], page.Texts("main ol li a"));
        Assert.Equal([marked], page.Texts(".search-results__snippet mark"));
        Assert.Equal(body, page.Text(".search-results__snippet"));
    }

    [Fact]
    public void ApostrophesInsideWordsAreTakenOutOfTheSearchedWordsAndBeforeAnSTheyStillBreakThem()
    {
        Assert.Equal(["kamyanets", "podilskyi"], FtsQuery.SearchWords("kam'yanets-podilskyi"));
        Assert.Equal(["O", "Sullivan", "rocknroll"], FtsQuery.SearchWords("O'Sullivan rock’n’roll"));
        Assert.Equal(["Umerov", "plan"], FtsQuery.SearchWords("Umerovʼs plan"));
    }

    // The search index of a store made before is made again by the upgrade, so its stories are found the new way.
    [Fact]
    public async Task StoriesStoredBeforeTheUpgradeAreFoundTypedWithoutTheirApostrophes()
    {
        using var fresh = new NewsPortalFactory();
        var story = await fresh.AddStoryAsync("Fortress of Kamʼyanets", NewsPortalFactory.SeedEvening.AddHours(-1), body: "The walls of Kam'yanets stand.");

        var foundBefore = await fresh.WithStoreAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.IsNpgsql() ? "20261127193653_SitemapPhotos" : "20261127193528_SitemapPhotos");
            var found = await StoriesWithWordsAsync(fresh, "kamyanets");
            await migrator.MigrateAsync();
            return found;
        });

        Assert.Empty(foundBefore);
        Assert.Equal([story.Id], await StoriesWithWordsAsync(fresh, "kamyanets"));
        var page = await fresh.CreateReader().GetPageAsync("/search?q=kamyanets");
        Assert.Equal(["Kamʼyanets"], page.Texts("main ol li a mark"));
        Assert.Equal(["Kam'yanets"], page.Texts(".search-results__snippet mark"));
    }

    private static bool IsPlaceName(string word) => word.StartsWith("Kam", StringComparison.Ordinal);

    private static async Task<List<int>> StoriesWithWordsAsync(NewsPortalFactory app, string text)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IStorySearch>().StoriesWithWords(text)!.ToListAsync();
    }
}
