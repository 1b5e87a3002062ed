using Microsoft.EntityFrameworkCore;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Data;
using NewsPortal.Web.Newsroom;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Import;

/// <summary>One import run: turns wire stories into articles, tags and briefs inside the caller's transaction.</summary>
internal sealed class ImportSession(NewsPortalDbContext db, BodyRenderer renderer, NewsroomClock clock)
{
    private readonly List<Article> _briefsAdded = [];

    // The stories this run has found or added, by SameText.Key of their headlines: each headline is keyed once, not
    // once per look-up, which on a folder of many pages would be quadratic.
    private readonly Dictionary<string, Article> _byHeadline = new(StringComparer.Ordinal);

    public int StoriesAdded { get; private set; }

    /// <summary>The briefs this run added that are still briefs: a later page may have brought one's whole story.</summary>
    public int BriefsAdded => _briefsAdded.Count(brief => brief.IsBrief);

    /// <summary>Imports the page; false when the store already had its story (the page's lists are still merged in).</summary>
    public async Task<bool> ImportAsync(WireStory story, CancellationToken cancellationToken)
    {
        var publishedAt = clock.ToUtc(story.LocalTime);
        var tags = new List<Tag>();
        foreach (var name in story.Tags)
        {
            tags.Add(await TagLookup.FindOrAddAsync(db, name, cancellationToken));
        }

        var added = await ImportMainStoryAsync(story, publishedAt, tags, cancellationToken);
        // Saved on its own so that the story gets its id before its briefs: the first seed is record 1.
        await db.SaveChangesAsync(cancellationToken);

        foreach (var item in story.MoreAbout)
        {
            if (item.LocalTime is { } time)
            {
                await AddMoreAboutAsync(item.Headline, clock.ToUtc(time), isEstimate: false, tags, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        // Oldest first, each saved at once: an item stored at the time of the older one below it then has the greater
        // id, and shows above it as listed.
        foreach (var (item, lowerBound) in UndatedMoreAbout(story, publishedAt).Reverse())
        {
            await AddMoreAboutAsync(item.Headline, lowerBound, isEstimate: true, tags, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await ImportUndatedAsync(story, publishedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private async Task<bool> ImportMainStoryAsync(WireStory story, DateTime publishedAt, List<Tag> tags, CancellationToken cancellationToken)
    {
        var article = await FindByHeadlineAsync(story.Headline, cancellationToken);
        if (article is { IsBrief: false })
        {
            return false;
        }

        if (article is null)
        {
            article = new Article
            {
                Headline = story.Headline,
                Slug = await UniqueSlugAsync(story.Headline, cancellationToken),
                CreatedAt = clock.UtcNow,
            };
            db.Articles.Add(article);
            _byHeadline[SameText.Key(article.Headline)] = article;
        }

        StoriesAdded++;
        // A brief carries the spelling of the page that listed it; the story's own page says how its headline is written.
        article.Headline = story.Headline;
        article.Section = story.Section;
        article.Status = ArticleStatus.Published;
        article.PublishedAt = publishedAt;
        article.PublishedAtIsEstimate = false;
        article.FirstPublishedAt ??= publishedAt;
        // The wire's copy is as of its own time; that is when the story last changed, not when we imported it.
        article.UpdatedAt = publishedAt;
        try
        {
            article.SetBody(WireBody.Markdown(story.Paragraphs), renderer);
        }
        catch (UnreadableBodyException error)
        {
            throw new WireFormatException(story.FileName, line: null, error.Message);
        }

        // The wire counts its own reading time, and the page shows what the wire page said; an edit counts it anew.
        if (story.StatedReadingMinutes > 0)
        {
            article.ReadingTimeMinutes = story.StatedReadingMinutes;
        }

        if (story.Photo is { } photo)
        {
            article.Photo = new Photo
            {
                Caption = photo.Caption,
                AltText = photo.Caption,
                CreditText = photo.Credit,
                CreditUrl = photo.CreditLink?.AbsoluteUri,
            };
        }

        // A brief's tags were guessed from the pages that listed it; the story's own page says what it is about.
        article.TagLinks.Clear();
        foreach (var tag in tags)
        {
            article.AddTag(tag);
        }

        return true;
    }

    private async Task AddMoreAboutAsync(string headline, DateTime publishedAt, bool isEstimate, List<Tag> tags, CancellationToken cancellationToken)
    {
        var brief = await FindOrAddBriefAsync(headline, publishedAt, isEstimate, cancellationToken);
        // A story with a body has the tags its own page gave it; only briefs are filed by the pages that list them.
        if (brief.IsBrief)
        {
            foreach (var tag in TagsNamedIn(headline, tags))
            {
                brief.AddTag(tag);
            }
        }
    }

    /// <summary>
    /// The MORE ABOUT items listed without a time, each with a hidden lower bound: the time of the nearest dated item
    /// below it (the list is newest first), else of the one above it, else the page's own.
    /// </summary>
    private IEnumerable<(WireBrief Item, DateTime LowerBound)> UndatedMoreAbout(WireStory story, DateTime pageTime)
    {
        var items = story.MoreAbout;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].LocalTime is null)
            {
                var dated = items.Skip(i + 1).Concat(items.Take(i).Reverse()).FirstOrDefault(item => item.LocalTime is not null);
                yield return (items[i], dated?.LocalTime is { } time ? clock.ToUtc(time) : pageTime);
            }
        }
    }

    /// <summary>
    /// HOT NEWS and LATEST give no times. Their items are newer than the page's story (LATEST lists the newest),
    /// so they get its time as a hidden lower bound and are added oldest first: ids then keep the listed order.
    /// </summary>
    private async Task ImportUndatedAsync(WireStory story, DateTime pageTime, CancellationToken cancellationToken)
    {
        var hot = story.HotNews.ToHashSet(StringComparer.Ordinal);
        foreach (var headline in ListedOrder.Merge(story.Latest, story.HotNews).Reverse())
        {
            var brief = await FindOrAddBriefAsync(headline, pageTime, isEstimate: true, cancellationToken);
            brief.IsHot |= hot.Contains(headline);
            // Each brief is saved at once so that its id follows the listed order.
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A brief has no section: the wire lists it without saying where it belongs.</summary>
    private async Task<Article> FindOrAddBriefAsync(string headline, DateTime publishedAt, bool isEstimate, CancellationToken cancellationToken)
    {
        var existing = await FindByHeadlineAsync(headline, cancellationToken);
        if (existing is not null)
        {
            if (existing.PublishedAtIsEstimate && !isEstimate)
            {
                existing.PublishedAt = publishedAt;
                existing.PublishedAtIsEstimate = false;
            }

            return existing;
        }

        var brief = new Article
        {
            Headline = headline,
            Slug = await UniqueSlugAsync(headline, cancellationToken),
            Status = ArticleStatus.Published,
            PublishedAt = publishedAt,
            PublishedAtIsEstimate = isEstimate,
            FirstPublishedAt = publishedAt,
            CreatedAt = clock.UtcNow,
            UpdatedAt = publishedAt,
        };
        db.Articles.Add(brief);
        _briefsAdded.Add(brief);
        _byHeadline[SameText.Key(headline)] = brief;
        return brief;
    }

    /// <summary>
    /// The story with this headline, however the wire spelt it this time: the candidates share its slug (which
    /// ignores case and punctuation), and the one whose <see cref="SameText.Key"/> matches is the same story.
    /// </summary>
    private async Task<Article?> FindByHeadlineAsync(string headline, CancellationToken cancellationToken)
    {
        var key = SameText.Key(headline);
        if (_byHeadline.TryGetValue(key, out var known))
        {
            return known;
        }

        var slug = Slug.From(headline);
        var slugPrefix = slug + "-";
        var stored = (await db.Articles.Include(a => a.TagLinks)
                .Where(a => a.Headline == headline || a.Slug == slug || a.Slug.StartsWith(slugPrefix))
                .ToListAsync(cancellationToken))
            .FirstOrDefault(a => SameText.Key(a.Headline) == key);
        if (stored is not null)
        {
            _byHeadline[key] = stored;
        }

        return stored;
    }

    private async Task<string> UniqueSlugAsync(string headline, CancellationToken cancellationToken)
    {
        var slug = Slug.From(headline);
        var candidate = slug;
        for (var n = 2; db.Articles.Local.Any(a => a.Slug == candidate)
            || await db.Articles.AnyAsync(a => a.Slug == candidate, cancellationToken); n++)
        {
            candidate = Slug.Numbered(slug, n);
        }

        return candidate;
    }

    /// <summary>
    /// The story's tags that a headline names, as whole words; a MORE ABOUT item naming none is filed under
    /// the first tag, the one the block is "more about".
    /// </summary>
    internal static IReadOnlyList<Tag> TagsNamedIn(string headline, IReadOnlyList<Tag> tags)
    {
        var words = $" {Slug.From(headline).Replace('-', ' ')} ";
        var named = tags.Where(tag => words.Contains($" {Slug.From(tag.Name).Replace('-', ' ')} ", StringComparison.Ordinal)).ToList();
        return named.Count > 0 || tags.Count == 0 ? named : [tags[0]];
    }
}
