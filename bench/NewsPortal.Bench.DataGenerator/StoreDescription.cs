using NewsPortal.Web.Articles;

namespace NewsPortal.Bench.DataGenerator;

/// <summary>
/// The addresses a benchmark needs from a generated store, as key=value lines: one story's page, the most used tag's
/// page and a typical search.
/// </summary>
internal static class StoreDescription
{
    public static int Print(string path, int articleId)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"There is no store at {path}.");
            return 1;
        }

        using var db = StoreWriter.Open(path, readOnly: true);
        var stories = db.Articles.Count();
        var slug = db.Articles.Where(a => a.Id == articleId).Select(a => a.Slug).FirstOrDefault();
        if (slug is null)
        {
            Console.Error.WriteLine($"The store {path} has no story {articleId}.");
            return 1;
        }

        var top = db.Set<ArticleTag>().GroupBy(l => l.TagId).Select(g => new { TagId = g.Key, Stories = g.Count() })
            .OrderByDescending(t => t.Stories).ThenBy(t => t.TagId).First();
        var tagSlug = db.Tags.Where(t => t.Id == top.TagId).Select(t => t.Slug).First();

        var lines = new[]
        {
            $"stories={stories}",
            $"article_path=/articles/{articleId}/{slug}",
            $"top_tag_path=/tags/{tagSlug}",
            $"top_tag_stories={top.Stories}",
            $"search_path=/search?q={Uri.EscapeDataString(Vocabulary.SampleSearch)}",
            $"search_words={Vocabulary.SampleSearch}",
        };
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        return 0;
    }
}
