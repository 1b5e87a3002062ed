using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Web.Accounts;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Data.EntityConfigurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public const string SearchVisibleIndex = "IX_Articles_SearchVisible";

    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Slug).HasMaxLength(Slug.MaxLength + 12);
        article.HasIndex(a => a.Slug).IsUnique();
        article.Property(a => a.Headline).HasMaxLength(FieldLengths.Headline);
        article.Property(a => a.Section).HasMaxLength(FieldLengths.Section);
        article.Property(a => a.Byline).HasMaxLength(FieldLengths.Byline);
        article.Property(a => a.Summary).HasMaxLength(400);
        article.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);

        article.ComplexProperty(a => a.Photo, photo =>
        {
            photo.Property(p => p.ImageUrl).HasMaxLength(FieldLengths.PhotoText);
            photo.Property(p => p.Caption).HasMaxLength(FieldLengths.PhotoText);
            photo.Property(p => p.AltText).HasMaxLength(FieldLengths.PhotoText);
            photo.Property(p => p.CreditText).HasMaxLength(FieldLengths.PhotoText);
            photo.Property(p => p.CreditUrl).HasMaxLength(FieldLengths.PhotoLink);
        });

        // Every reader list is "published, newest first"; these serve LATEST, HOT NEWS and headline look-ups.
        // A flag is filtered by a partial index: SQLite does not seek on a bare boolean term ("WHERE IsHot"), so an
        // index led by the flag would go unused and HOT NEWS would walk every published story to find a few.
        // The headline rides along for the newsroom's text filter (below).
        article.HasIndex(a => new { a.Status, a.PublishedAt, a.Id, a.Headline });
        article.HasIndex(a => new { a.Status, a.PublishedAt, a.Id }, "IX_Articles_Hot").HasFilter("\"IsHot\"");
        // The wire import's look-up of a story by its headline.
        article.HasIndex(a => a.Headline);
        // What search needs of every story it finds, to tell whether readers may see it (see SqliteStorySearch).
        article.HasIndex(a => new { a.Id, a.Status, a.PublishedAt }, SearchVisibleIndex);
        article.HasIndex(a => new { a.Section, a.Status, a.PublishedAt, a.Id });
        // The sitemap's index (see SitemapEntries) is made by the SitemapPhotos migrations, not here: it holds the photo's
        // address too, and EF Core 10 cannot index a column of a complex type (dotnet/efcore#31246).

        article.Property(a => a.Version).IsConcurrencyToken();
        article.Property(a => a.AuthorId).HasMaxLength(450);
        article.HasOne<NewsroomUser>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.SetNull);
        // The newsroom's story list in each of its orders, all stories or those of one status: last change, publish
        // time (those without one by id, newest first), headline A–Z (by its sort key, see HeadlineOrder). Each holds
        // the headline, so that the text filter is tested on the index and only the stories it keeps are read from the
        // table, whose rows carry the bodies: reading them for every story took a filtered list of a 100,000-story
        // archive up to a second.
        article.HasIndex(a => new { a.Status, a.UpdatedAt, a.Id, a.Headline });
        article.HasIndex(a => new { a.UpdatedAt, a.Id, a.Headline });
        article.HasIndex(a => new { a.PublishedAt, a.Id, a.Headline });
        article.HasIndex(a => new { a.Status, a.HeadlineSortKey, a.Id, a.Headline });
        article.HasIndex(a => new { a.HeadlineSortKey, a.Id, a.Headline });
        // The list of one author's stories ("mine") in each order: of any status, and of one status, each led by the
        // author so that SQLite seeks to their stories rather than walking a status's; the other filters' columns ride
        // along to be tested on the index. Led by the author, they also serve the users' foreign key.
        article.HasIndex(a => new { a.AuthorId, a.UpdatedAt, a.Id, a.SentBack, a.Headline }, "IX_Articles_Mine_LastChange");
        article.HasIndex(a => new { a.AuthorId, a.PublishedAt, a.Id, a.SentBack, a.Headline }, "IX_Articles_Mine_PublishTime");
        article.HasIndex(a => new { a.AuthorId, a.HeadlineSortKey, a.Id, a.SentBack, a.Headline }, "IX_Articles_Mine_Headline");
        article.HasIndex(a => new { a.AuthorId, a.Status, a.UpdatedAt, a.Id, a.PublishedAt, a.Headline }, "IX_Articles_MineByState_LastChange");
        article.HasIndex(a => new { a.AuthorId, a.Status, a.PublishedAt, a.Id, a.Headline }, "IX_Articles_MineByState_PublishTime");
        article.HasIndex(a => new { a.AuthorId, a.Status, a.HeadlineSortKey, a.Id, a.PublishedAt, a.Headline }, "IX_Articles_MineByState_Headline");
        // The drafts sent back to their authors in each order: a few stories, each index holding only them, with the
        // author and headline for the other filters. Led by the flag, which the list compares with a parameter as well
        // (see NewsroomQueries): SQLite does not seek on a bare boolean term, and without a seek it took the index of
        // every story's publish time, which has one too, over these.
        article.HasIndex(a => new { a.SentBack, a.UpdatedAt, a.Id, a.AuthorId, a.Headline }, "IX_Articles_SentBack_LastChange").HasFilter("\"SentBack\"");
        article.HasIndex(a => new { a.SentBack, a.PublishedAt, a.Id, a.AuthorId, a.Headline }, "IX_Articles_SentBack_PublishTime").HasFilter("\"SentBack\"");
        article.HasIndex(a => new { a.SentBack, a.HeadlineSortKey, a.Id, a.AuthorId, a.Headline }, "IX_Articles_SentBack_Headline").HasFilter("\"SentBack\"");
        // Start-up finds the stories whose sort keys are missing or were made otherwise (see HeadlineKeys) from this
        // index alone, without reading every story's row.
        article.Property(a => a.HeadlineSortKeyVersion).HasMaxLength(200);
        article.HasIndex(a => new { a.HeadlineSortKeyVersion, a.Id });
        // The go-live job's look-up: only the few scheduled stories are in it.
        article.HasIndex(a => new { a.Status, a.PublishedAt }, "IX_Articles_GoLivePending").HasFilter("\"GoLivePending\"");
        article.HasMany(a => a.Notices).WithOne().HasForeignKey(n => n.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.TagLinks).WithOne(link => link.Article).HasForeignKey(link => link.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
