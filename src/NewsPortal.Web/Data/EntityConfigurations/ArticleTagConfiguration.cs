using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Data.EntityConfigurations;

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> link)
    {
        link.ToTable("ArticleTags");
        link.HasKey(l => new { l.ArticleId, l.TagId });
        // Tag pages and MORE ABOUT read one tag's published stories newest first, straight off this index.
        link.HasIndex(l => new { l.TagId, l.ListedAt, l.ArticleId });
        link.HasOne(l => l.Tag).WithMany().HasForeignKey(l => l.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
