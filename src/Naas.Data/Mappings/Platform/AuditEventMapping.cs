using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class AuditEventMapping : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.Property(a => a.ActorName).HasMaxLength(200);
        b.Property(a => a.SubjectType).HasMaxLength(60);
        b.Property(a => a.Action).HasMaxLength(60);
        b.Property(a => a.Summary).HasMaxLength(4000);
        b.Property(a => a.Reason).HasMaxLength(2000);
        b.HasIndex(a => a.OccurredAt);
        b.Property(a => a.EventType).HasMaxLength(80);
        b.HasIndex(a => new { a.SubjectType, a.SubjectId });
        b.HasIndex(a => new { a.SocialWorkerId, a.OccurredAt });
    }
}
