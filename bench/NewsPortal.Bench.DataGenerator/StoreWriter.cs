using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Tags;

namespace NewsPortal.Bench.DataGenerator;

internal sealed record GenerationSummary(
    int Stories, int Tags, int TagLinks, int Hot, int WithPhoto, DateTime FirstPublished, DateTime LastPublished, long Bytes, TimeSpan Elapsed);

/// <summary>
/// Writes a new store through the app's own model and migrations, so the search index is filled by the app's
/// triggers and every column is what a save from the editor would put there.
/// </summary>
internal static class StoreWriter
{
    private const int BatchSize = 2_000;

    // A fixed end keeps the store the same for a seed; it lies in the past, so every story is live.
    private static readonly DateTime End = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Spread = TimeSpan.FromDays(6 * 365);
    private static readonly string[] Editors = ["o.melnyk", "t.kovalenko", "i.bondar", "s.lysenko"];

    public static GenerationSummary Write(string path, int storyCount, int seed)
    {
        var stopwatch = Stopwatch.StartNew();
        // Written aside and moved into place at the end: an interrupted run never leaves a store that looks complete.
        var partial = path + ".partial";
        File.Delete(partial);
        int links = 0, hot = 0, withPhoto = 0;
        var times = PublishTimes(storyCount, seed);
        using (var db = Open(partial))
        {
            db.Database.Migrate();
            db.Database.OpenConnection();
            db.Database.ExecuteSqlRaw("PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY;");
            db.ChangeTracker.AutoDetectChangesEnabled = false;

            var tagNames = TagSet.Names(seed);
            var tags = tagNames.Select(name => new Tag { Name = name, Slug = Slug.From(name) }).ToList();
            db.Tags.AddRange(tags);
            db.SaveChanges();

            var stories = new StoryWriter(seed, tagNames);
            // Making stories (rendering mostly) and saving them each take one core: the next batch is made while one is saved.
            using var batches = new BlockingCollection<List<ArticleRevision>>(boundedCapacity: 2);
            var making = Task.Run(() => MakeBatches(stories, storyCount, times, tags, seed, batches));
            var written = 0;
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                foreach (var revision in batch)
                {
                    var article = revision.Article;
                    db.Articles.Add(article);
                    db.ArticleRevisions.Add(revision);
                    links += article.TagLinks.Count;
                    hot += article.IsHot ? 1 : 0;
                    withPhoto += article.Photo.IsEmpty ? 0 : 1;
                }

                db.SaveChanges();
                db.ChangeTracker.Clear();
                db.Tags.AttachRange(tags);
                written += batch.Count;
                Console.Error.Write($"\r{written:N0} of {storyCount:N0} stories written");
            }

            making.GetAwaiter().GetResult();
            Console.Error.WriteLine();
            // As the app leaves it: write-ahead log on, so readers never wait for a writer.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode = WAL;");
            db.Database.CloseConnection();
        }

        SqliteConnection.ClearAllPools();
        File.Move(partial, path);
        return new GenerationSummary(storyCount, TagSet.Count, links, hot, withPhoto,
            storyCount == 0 ? End : times[0], storyCount == 0 ? End : times[^1], new FileInfo(path).Length, stopwatch.Elapsed);
    }

    private static void MakeBatches(StoryWriter stories, int storyCount, DateTime[] times, List<Tag> tags, int seed, BlockingCollection<List<ArticleRevision>> batches)
    {
        try
        {
            var slugs = new HashSet<string>(StringComparer.Ordinal);
            var versions = new Random(seed);
            using var renderers = new ThreadLocal<BodyRenderer>(() => new BodyRenderer());
            for (var start = 0; start < storyCount; start += BatchSize)
            {
                var texts = Enumerable.Range(start, Math.Min(BatchSize, storyCount - start)).Select(stories.Write).ToList();
                var articles = texts.Select((text, i) => NewArticle(start + i, text, times[start + i], tags, slugs, versions)).ToList();
                Parallel.For(0, articles.Count, i => articles[i].SetBody(texts[i].Body.ReplaceLineEndings("\n"), renderers.Value!));
                batches.Add(articles.Select(article => FirstRevision(article, Editors[article.Id % Editors.Length])).ToList());
            }
        }
        finally
        {
            batches.CompleteAdding();
        }
    }

    public static NewsPortalDbContext Open(string path, bool readOnly = false)
    {
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        };
        return new NewsPortalDbContext(new DbContextOptionsBuilder<NewsPortalDbContext>().UseSqlite(connection.ToString()).Options);
    }

    /// <summary>Spread evenly at random over the years before <see cref="End"/>, oldest first, so ids follow time as they would.</summary>
    private static DateTime[] PublishTimes(int count, int seed)
    {
        var random = new Random(seed);
        var times = new DateTime[count];
        for (var i = 0; i < count; i++)
        {
            times[i] = End - (Spread * random.NextDouble());
            times[i] = times[i].AddTicks(-(times[i].Ticks % TimeSpan.TicksPerSecond));
        }

        Array.Sort(times);
        return times;
    }

    private static Article NewArticle(int index, StoryText text, DateTime publishedAt, List<Tag> tags, HashSet<string> slugs, Random versions)
    {
        var article = new Article
        {
            Id = index + 1,
            Headline = text.Headline.Trim(),
            Slug = UniqueSlug(text.Headline, slugs),
            Section = text.Section,
            Status = ArticleStatus.Published,
            PublishedAt = publishedAt,
            FirstPublishedAt = publishedAt,
            IsHot = text.IsHot,
            CreatedAt = publishedAt.AddMinutes(-(10 + (index % 230))),
            UpdatedAt = publishedAt,
            Version = NewVersion(versions),
            Photo = new Photo
            {
                ImageUrl = text.Photo.PhotoUrl,
                Caption = text.Photo.PhotoCaption,
                AltText = text.Photo.PhotoAltText,
                CreditText = text.Photo.PhotoCredit,
                CreditUrl = text.Photo.PhotoCreditUrl,
            },
        };
        foreach (var rank in text.TagRanks)
        {
            article.AddTag(tags[rank]);
        }

        return article;
    }

    private static Guid NewVersion(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>The editor's rule: the headline's slug, then "-2", "-3"… when it is taken.</summary>
    private static string UniqueSlug(string headline, HashSet<string> slugs)
    {
        var slug = Slug.From(headline);
        var candidate = slug;
        for (var n = 2; !slugs.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    /// <summary>What the editor records when a new story is published straight away.</summary>
    private static ArticleRevision FirstRevision(Article article, string editor) =>
        ArticleRevision.Of(article, 1, article.UpdatedAt, editor, "published");
}
