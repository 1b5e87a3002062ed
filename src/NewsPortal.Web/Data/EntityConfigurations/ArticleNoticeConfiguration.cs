using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Data.EntityConfigurations;

internal sealed class ArticleNoticeConfiguration : IEntityTypeConfiguration<ArticleNotice>
{
    public void Configure(EntityTypeBuilder<ArticleNotice> notice)
    {
        notice.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        notice.Property(n => n.Text).HasMaxLength(2000);
        notice.Property(n => n.AddedBy).HasMaxLength(256);
        notice.HasIndex(n => new { n.ArticleId, n.At });
    }
}
