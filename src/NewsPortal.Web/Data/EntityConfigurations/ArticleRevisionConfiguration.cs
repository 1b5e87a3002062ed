using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Web.Articles;

namespace NewsPortal.Web.Data.EntityConfigurations;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        revision.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        revision.Property(r => r.SavedBy).HasMaxLength(256);
        revision.Property(r => r.Change).HasMaxLength(200);
        revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        revision.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
    }
}
