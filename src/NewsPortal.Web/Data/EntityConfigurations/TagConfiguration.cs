using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Web.Tags;

namespace NewsPortal.Web.Data.EntityConfigurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(100);
        tag.Property(t => t.Slug).HasMaxLength(100);
        tag.HasIndex(t => t.Slug).IsUnique();
    }
}
