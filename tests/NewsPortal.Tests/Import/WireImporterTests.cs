using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Import;

namespace NewsPortal.Tests.Import;

public class WireImporterTests
{
    private const string SecondPage = """
        date 2025-03-08 Politics
        10:15 08.03.2025
        Kubilius visits Kyiv
        1 min read
        Body of the second page.
        Tags: #kubilius #eu
        MORE ABOUT
        09:00 08.03.2025
        Kubilius meets the EU mission
        09:00 08.03.2025
        A headline naming no tag at all
        LATEST
        Kubilius visits Kyiv later brief
        """;

    [Fact]
    public async Task SeedStoryIsRecordOneWithEveryField()
    {
        using var app = new NewsPortalFactory();
        _ = app.Services; // starts the app, which imports the seed into the empty store

        var seed = await app.WithStoreAsync(db => db.Articles.Include(a => a.TagLinks).ThenInclude(l => l.Tag).SingleAsync(a => a.Id == 1));

        Assert.Equal("Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products", seed.Headline);
        Assert.Equal("umerov-kubilius-discuss-initiatives-for-financing-ukraines-army-procurement-of", seed.Slug);
        Assert.Equal("Facts", seed.Section);
        Assert.Equal(ArticleStatus.Published, seed.Status);
        Assert.Equal(new DateTime(2025, 3, 7, 14, 27, 0, DateTimeKind.Utc), seed.PublishedAt); // 16:27 in Kyiv, UTC+2 in March
        Assert.False(seed.PublishedAtIsEstimate);
        Assert.Equal(2, seed.ReadingTimeMinutes);
        Assert.False(seed.IsHot);
        Assert.Equal(seed.Headline, seed.Photo.Caption);
        Assert.Equal(seed.Headline, seed.Photo.AltText);
        Assert.StartsWith("https://www.facebook.com/rustemumerov.ua/posts/", seed.Photo.CreditUrl, StringComparison.Ordinal);
        Assert.Equal(seed.Photo.CreditUrl, seed.Photo.CreditText);
        Assert.Equal(["umerov", "kubilius"], seed.TagLinks.OrderBy(l => l.Position).Select(l => l.Tag.Name));
        Assert.Equal(5, seed.BodyHtml.Split("<p>").Length - 1);
        Assert.StartsWith("Minister of Defense of Ukraine Rustem Umerov", seed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListedHeadlinesBecomeBriefsWithTheirTimesTagsAndHotFlags()
    {
        using var app = new NewsPortalFactory();
        var seed = SeedFile.Parse();

        var briefs = await app.WithStoreAsync(db => db.Articles.Include(a => a.TagLinks).ThenInclude(l => l.Tag).Where(a => a.Id != 1).ToListAsync());

        var expectedCount = seed.MoreAbout.Count + seed.Latest.Union(seed.HotNews).Count();
        Assert.Equal(expectedCount, briefs.Count);
        Assert.All(briefs, brief => Assert.True(brief.IsBrief));
        Assert.All(briefs, brief => Assert.Null(brief.Section));

        var kallas = briefs.Single(b => b.Headline == seed.MoreAbout[0].Headline);
        Assert.Equal(new DateTime(2025, 3, 7, 12, 35, 0, DateTimeKind.Utc), kallas.PublishedAt);
        Assert.False(kallas.PublishedAtIsEstimate);
        Assert.Equal(["umerov"], kallas.TagLinks.Select(l => l.Tag.Name));

        Assert.Equal(seed.HotNews.Order(), briefs.Where(b => b.IsHot).Select(b => b.Headline).Order());
        Assert.All(briefs.Where(b => seed.Latest.Contains(b.Headline)), brief => Assert.True(brief.PublishedAtIsEstimate));
    }

    [Fact]
    public async Task ImportingTheSameFolderAgainAddsNothing()
    {
        using var app = new NewsPortalFactory();
        var before = await app.WithStoreAsync(db => db.Articles.CountAsync());

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<WireImporter>().ImportFolderAsync(SeedFile.Folder);

        Assert.Equal(new ImportResult(1, 0, 0), result);
        Assert.Equal(before, await app.WithStoreAsync(db => db.Articles.CountAsync()));
        Assert.Equal(2, await app.WithStoreAsync(db => db.Tags.CountAsync()));
    }

    [Fact]
    public async Task ImportsAnotherPageOfTheFormatMergingWhatItAlreadyHas()
    {
        using var folder = SeedFile.FolderWith(("000_seed.txt", File.ReadAllText(SeedFile.PathOfFirst)), ("001_next.txt", SecondPage));
        using var app = new NewsPortalFactory().WithSeedFolder(folder.Path);

        var articles = await app.WithStoreAsync(db => db.Articles.Include(a => a.TagLinks).ThenInclude(l => l.Tag).ToListAsync());

        Assert.Equal(1, articles.Single(a => a.Headline.StartsWith("Umerov, Kubilius", StringComparison.Ordinal)).Id);
        var next = articles.Single(a => a.Headline == "Kubilius visits Kyiv");
        Assert.Equal(["kubilius", "eu"], next.TagLinks.OrderBy(l => l.Position).Select(l => l.Tag.Name));
        Assert.Equal(["eu", "kubilius"], articles.Single(a => a.Headline == "Kubilius meets the EU mission").TagLinks.Select(l => l.Tag.Name).Order());
        // A MORE ABOUT headline that names none of the tags is filed under the first one, the block's subject.
        Assert.Equal(["kubilius"], articles.Single(a => a.Headline == "A headline naming no tag at all").TagLinks.Select(l => l.Tag.Name));
        Assert.Equal(3, await app.WithStoreAsync(db => db.Tags.CountAsync()));
    }

    [Fact]
    public async Task AStoryShowsTheReadingTimeItsWirePageStates()
    {
        const string interview = """
            date 2025-03-07 Interview
            10:00 07.03.2025
            Head of Naftogaz on the heating season
            12 min read
            A body much shorter than the wire's count went by: the page it came from said twelve minutes.
            Tags: #naftogaz
            """;
        using var folder = SeedFile.FolderWith(("000_interview.txt", interview));
        using var app = new NewsPortalFactory().WithSeedFolder(folder.Path);
        var story = await app.WithStoreAsync(db => db.Articles.SingleAsync(a => a.Headline == "Head of Naftogaz on the heating season"));

        var page = await app.CreateReader().GetPageAsync($"/articles/{story.Id}/{story.Slug}");

        Assert.Equal("12 min read", page.Text(".story__reading-time"));
    }

    [Fact]
    public async Task AMalformedFileStopsTheImportNamingFileAndLineAndWritesNothing()
    {
        using var app = new NewsPortalFactory();
        var before = await app.WithStoreAsync(db => db.Articles.CountAsync());
        using var folder = SeedFile.FolderWith(("a.txt", SecondPage), ("b.txt", SecondPage.Replace("1 min read", "one min read", StringComparison.Ordinal)));

        await using var scope = app.Services.CreateAsyncScope();
        var error = await Assert.ThrowsAsync<WireFormatException>(
            () => scope.ServiceProvider.GetRequiredService<WireImporter>().ImportFolderAsync(folder.Path));

        Assert.Equal("b.txt", error.FileName);
        Assert.Equal(4, error.Line);
        Assert.Equal(before, await app.WithStoreAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task ABodyNoPageCouldShowStopsTheImportNamingTheFileAndWritesNothing()
    {
        using var app = new NewsPortalFactory();
        var before = await app.WithStoreAsync(db => db.Articles.CountAsync());
        var unbroken = new string('x', BodyLimits.MaxUnbrokenRun + 1);
        using var folder = SeedFile.FolderWith(("a.txt", SecondPage.Replace("Body of the second page.", unbroken, StringComparison.Ordinal)));

        await using var scope = app.Services.CreateAsyncScope();
        var error = await Assert.ThrowsAsync<WireFormatException>(
            () => scope.ServiceProvider.GetRequiredService<WireImporter>().ImportFolderAsync(folder.Path));

        Assert.Equal("a.txt", error.FileName);
        Assert.Null(error.Line);
        Assert.StartsWith("a.txt: The body has 2,001 characters in a row without a space", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithStoreAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task StartingOnAMalformedSeedExitsWithTheFileAndLineAndLeavesTheStoreEmpty()
    {
        using var folder = SeedFile.FolderWith(("broken.txt", "date 2025-03-07 Facts\n16:27 07.03.2025\nHeadline\n2 min read\nBody.\nMORE ABOUT\n14:35 7.03.2025"));
        var database = Path.Combine(folder.Path, "store.db");

        var run = await AppProcess.RunUntilExitAsync(TimeSpan.FromSeconds(60),
            ("ConnectionStrings__NewsPortal", $"Data Source={database}"),
            ("Store__CreateIfMissing", "true"),
            ("Seeds__Folder", folder.Path));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Path.Combine(folder.Path, "broken.txt") + ", line 7:", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
        await using var db = new NewsPortalDbContext(new DbContextOptionsBuilder<NewsPortalDbContext>().UseSqlite($"Data Source={database}").Options);
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task APageNeverRetagsAnotherPagesStoryAndABriefThatGetsItsStoryTakesThatPagesTags()
    {
        const string cabinet = """
            date 2025-03-08 Economy
            11:00 08.03.2025
            Cabinet approves recovery program for Kharkiv region
            1 min read
            The program was approved.
            Tags: #Kharkiv #Cabinet
            """;
        // Lists the second page's story (which it has not seen yet, so it starts as a brief) and the seed story.
        const string listing = """
            date 2025-03-08 Politics
            10:00 08.03.2025
            Svyrydenko outlines the year
            1 min read
            Body.
            Tags: #Svyrydenko
            MORE ABOUT
            09:00 08.03.2025
            Cabinet approves recovery program for Kharkiv region
            16:27 07.03.2025
            Umerov, Kubilius discuss initiatives for financing Ukraine's army, procurement of defense products
            """;
        using var folder = SeedFile.FolderWith(("000_seed.txt", File.ReadAllText(SeedFile.PathOfFirst)), ("001_listing.txt", listing), ("002_cabinet.txt", cabinet));
        using var app = new NewsPortalFactory().WithSeedFolder(folder.Path);

        var articles = await app.WithStoreAsync(db => db.Articles.Include(a => a.TagLinks).ThenInclude(l => l.Tag).ToListAsync());

        Assert.Equal(["umerov", "kubilius"], articles.Single(a => a.Id == 1).TagLinks.OrderBy(l => l.Position).Select(l => l.Tag.Name));
        var story = articles.Single(a => a.Headline.StartsWith("Cabinet approves", StringComparison.Ordinal));
        Assert.False(story.IsBrief);
        Assert.Equal(["Kharkiv", "Cabinet"], story.TagLinks.OrderBy(l => l.Position).Select(l => l.Tag.Name));
    }

    [Fact]
    public async Task AHeadlineTypedWithOtherApostrophesDashesSpacesOrCaseIsTheSameStory()
    {
        var seed = File.ReadAllText(SeedFile.PathOfFirst);
        var retyped = seed
            .Replace("Ukraine's army", "Ukraine’s  army", StringComparison.Ordinal)
            .Replace("Umerov on US intelligence sharing suspension: We’re", "Umerov on US intelligence sharing suspension: we're", StringComparison.Ordinal)
            .Replace("Ukraine receives F-16 from the Netherlands – Umerov", "Ukraine receives F-16 from the Netherlands - Umerov", StringComparison.Ordinal);
        using var folder = SeedFile.FolderWith(("000_seed.txt", seed), ("001_retyped.txt", retyped));
        using var app = new NewsPortalFactory().WithSeedFolder(folder.Path);
        var expected = SeedFile.Parse();

        var headlines = await app.WithStoreAsync(db => db.Articles.Select(a => a.Headline).ToListAsync());

        Assert.Equal(1 + expected.MoreAbout.Count + expected.Latest.Union(expected.HotNews).Count(), headlines.Count);
        Assert.Contains(expected.Headline, headlines);
    }

    [Fact]
    public async Task AFileThatIsNotUtf8StopsTheImportNamingItsFirstBadLine()
    {
        using var app = new NewsPortalFactory();
        var before = await app.WithStoreAsync(db => db.Articles.CountAsync());
        var windows1251 = "date 2025-03-08 Politics\n10:00 08.03.2025\n"u8.ToArray().Concat(new byte[] { 0xCA, 0xE8, 0xBF, 0xE2, (byte)'\n' }).ToArray();
        using var folder = SeedFile.FolderWith(("a.txt", SecondPage));
        File.WriteAllBytes(Path.Combine(folder.Path, "b.txt"), windows1251);

        await using var scope = app.Services.CreateAsyncScope();
        var error = await Assert.ThrowsAsync<WireFormatException>(
            () => scope.ServiceProvider.GetRequiredService<WireImporter>().ImportFolderAsync(folder.Path));

        Assert.Equal("b.txt", error.FileName);
        Assert.Equal(3, error.Line);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithStoreAsync(db => db.Articles.CountAsync()));
    }
}
