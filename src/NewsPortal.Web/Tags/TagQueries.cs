using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Search;

namespace NewsPortal.Web.Tags;

public sealed class TagQueries(NewsPortalDbContext db, StoryQueries queries, NewsroomClock clock)
{
    /// <summary>
    /// The most used tags' names, for the editor to pick from. Counted by tag id, off the (tag, listed time) index,
    /// and only then named: counting by name joined every link to its tag first, half a second on a 100,000-story
    /// archive each time the story form opened.
    /// </summary>
    public async Task<IReadOnlyList<string>> MostUsedNamesAsync(int count, CancellationToken cancellationToken = default) =>
        await db.Set<ArticleTag>().AsNoTracking()
            .GroupBy(l => l.TagId).Select(g => new { TagId = g.Key, Uses = g.Count() })
            .Join(db.Tags, used => used.TagId, tag => tag.Id, (used, tag) => new { tag.Name, used.Uses })
            .OrderByDescending(tag => tag.Uses).ThenBy(tag => tag.Name).Take(count)
            .Select(tag => tag.Name).ToListAsync(cancellationToken);

    /// <summary>
    /// The tags readers may see that a search names, at most <paramref name="count"/>: the tag whose whole name was
    /// typed, then tags whose name starts with the typed words, then names with them as later words, or with a word
    /// that starts with them when they are long enough to be typed in part (<see cref="FtsQuery.MatchesAsPrefix"/>).
    /// Names are compared as their addresses spell them, so letter case, accents, apostrophes and Cyrillic or Latin
    /// letters do not matter ("energy sector", "ENERGY-SECTOR", "Київ" for Kyiv), and nothing typed is query syntax.
    /// </summary>
    public async Task<IReadOnlyList<TagLink>> NamedInAsync(string query, int count, CancellationToken cancellationToken = default)
    {
        var typed = FtsQuery.SearchedText(query);
        if (TextInput.IsBlank(typed))
        {
            return [];
        }

        var slug = Slug.ForName(typed);
        // A later word must have a letter: numbered addresses ("kyiv-2") end in a number that is no word of the name.
        var laterWords = slug.Any(char.IsLetter);
        var named = await queries.TagsNamed(
                db, slug, slug + "-", $"-{slug}-", "-" + slug, laterWords, laterWords && FtsQuery.MatchesAsPrefix(slug), clock.UtcNow, count)
            .ToListAsync(cancellationToken);
        // Names that spell one slug are several tags ("C#" at /tags/c, "C++" at /tags/c-2): the one typed comes first.
        var key = SameText.Key(typed);
        return [.. named.OrderBy(t => SameText.Key(t.Name) == key ? 0 : 1)];
    }

    /// <summary>
    /// Finds a tag that readers may see, whatever the letter case of the address: one carried by a published
    /// story, so that a tag used only by drafts does not give their subject away.
    /// </summary>
    public Task<TagLink?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return queries.ListedTag(db, slug.ToLowerInvariant(), clock.UtcNow, cancellationToken);
    }
}
