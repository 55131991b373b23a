using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class KnowledgeItemVersionMapping : IEntityTypeConfiguration<KnowledgeItemVersion>
{
    public void Configure(EntityTypeBuilder<KnowledgeItemVersion> b)
    {
        b.HasIndex(v => new { v.ItemId, v.Version }).IsUnique();
        b.HasIndex(v => new { v.Status, v.AreaId });
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.SuspensionEvidence).HasMaxLength(2000);
        b.Property(v => v.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(v => v.AppliedFor).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.ScoringRule).HasConversion<string>().HasMaxLength(20);
        b.HasOne(v => v.Area).WithMany().HasForeignKey(v => v.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.Setting).HasMaxLength(60);
        b.Property(v => v.Stem).HasMaxLength(4000);
        b.Property(v => v.Options).HasMaxLength(4000);
        b.Property(v => v.Key).HasMaxLength(2000);
        b.Property(v => v.Rationale).HasMaxLength(4000);
        b.Property(v => v.References).HasMaxLength(2000);
        b.Property(v => v.Rating).HasPrecision(5, 4);
        b.Property(v => v.AuthorName).HasMaxLength(200);
        b.Property(v => v.ReviewerName).HasMaxLength(200);
        b.HasOne(v => v.Case).WithMany().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
