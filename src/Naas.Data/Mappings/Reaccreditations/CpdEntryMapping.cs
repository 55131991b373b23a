using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class CpdEntryMapping : IEntityTypeConfiguration<CpdEntry>
{
    public void Configure(EntityTypeBuilder<CpdEntry> b)
    {
        b.Property(x => x.Hours).HasPrecision(6, 2);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasOne(x => x.KnowledgeArea)
            .WithMany()
            .HasForeignKey(x => x.KnowledgeAreaId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SocialWorkerId, x.Date });
    }
}
