using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Web.Audit;

namespace NewsPortal.Web.Data.EntityConfigurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> audit)
    {
        audit.Property(e => e.Actor).HasMaxLength(256);
        audit.Property(e => e.Action).HasMaxLength(50);
        audit.Property(e => e.Subject).HasMaxLength(400);
        audit.Property(e => e.Details).HasMaxLength(2000);
        audit.Property(e => e.IpAddress).HasMaxLength(64);
        audit.HasIndex(e => e.At);
    }
}
