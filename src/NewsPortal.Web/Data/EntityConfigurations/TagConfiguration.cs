using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Web.Articles;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Data.EntityConfigurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(FieldLengths.Tag);
        tag.Property(t => t.Slug).HasMaxLength(FieldLengths.Tag);
        tag.HasIndex(t => t.Slug).IsUnique();
    }
}
