using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class MarkEvidenceMapping : IEntityTypeConfiguration<MarkEvidence>
{
    public void Configure(EntityTypeBuilder<MarkEvidence> b)
    {
        b.Property(x => x.Element).HasMaxLength(60);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.StorageKey).HasMaxLength(200);
        b.Property(x => x.UploadedBy).HasMaxLength(200);
        b.HasIndex(x => new { x.EndorsementId, x.Element });
    }
}
