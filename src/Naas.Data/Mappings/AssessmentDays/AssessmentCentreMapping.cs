using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class AssessmentCentreMapping : IEntityTypeConfiguration<AssessmentCentre>
{
    public void Configure(EntityTypeBuilder<AssessmentCentre> b)
    {
        b.Property(c => c.Name).HasMaxLength(200);
        b.HasIndex(c => c.Name).IsUnique();
        b.Property(c => c.Address).HasMaxLength(500);
        b.Property(c => c.Region).HasMaxLength(60);
        b.Property(c => c.CostPerDay).HasPrecision(10, 2);
        b.HasMany(c => c.Rooms).WithOne().HasForeignKey(r => r.CentreId);
    }
}
