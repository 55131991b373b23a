using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class AssessmentModelMapping : IEntityTypeConfiguration<AssessmentModel>
{
    public void Configure(EntityTypeBuilder<AssessmentModel> b)
    {
        b.HasOne(m => m.Status).WithMany().HasForeignKey(m => m.StatusId);
        b.HasIndex(m => new { m.StatusId, m.Version }).IsUnique();
        b.Property(m => m.Notes).HasMaxLength(2000);
        b.HasMany(m => m.Elements).WithOne().HasForeignKey(e => e.AssessmentModelId);
    }
}
