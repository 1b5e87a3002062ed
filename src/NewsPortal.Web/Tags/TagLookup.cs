using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;

namespace NewsPortal.Web.Tags;

/// <summary>
/// The tag a typed name means. A tag is its name, whatever its letter case or apostrophes ("Kyiv's", "kyiv’s"); names
/// that are other words but spell the same slug ("C#" and "C++", "Київ" and "Kyiv") are other tags, with numbered
/// addresses, rather than one tag shown under the wrong name.
/// </summary>
public static class TagLookup
{
    public static async Task<Tag> FindOrAddAsync(NewsPortalDbContext db, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var slug = Slug.ForName(name);
        var sharingSlug = await SharingSlugAsync(db, slug, cancellationToken);
        // A name with nothing to spell (an emoji) had the address "story" before it had its own: such a tag keeps it.
        var storySlug = Slug.From(name);
        var earlier = storySlug == slug ? [] : await SharingSlugAsync(db, storySlug, cancellationToken);

        var key = SameText.Key(name);
        if (sharingSlug.Concat(earlier).FirstOrDefault(t => SameText.Key(t.Name) == key) is { } same)
        {
            return same;
        }

        var unique = slug;
        for (var n = 2; sharingSlug.Any(t => t.Slug == unique); n++)
        {
            unique = Slug.Numbered(slug, n);
        }

        return db.Tags.Add(new Tag { Name = name, Slug = unique }).Entity;
    }

    /// <summary>Every tag whose address starts from this slug, loaded into the context beside the ones added but not saved.</summary>
    private static async Task<List<Tag>> SharingSlugAsync(NewsPortalDbContext db, string slug, CancellationToken cancellationToken)
    {
        var numbered = slug + "-";
        await db.Tags.Where(t => t.Slug == slug || t.Slug.StartsWith(numbered)).LoadAsync(cancellationToken);
        return db.Tags.Local.Where(t => t.Slug == slug || t.Slug.StartsWith(numbered, StringComparison.Ordinal)).ToList();
    }
}
