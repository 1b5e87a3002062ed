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
        // Tag pages and MORE ABOUT start from the tag.
        link.HasIndex(l => new { l.TagId, l.ArticleId });
        link.HasOne(l => l.Tag).WithMany().HasForeignKey(l => l.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
