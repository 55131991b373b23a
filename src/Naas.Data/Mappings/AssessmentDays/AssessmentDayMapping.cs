using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class AssessmentDayMapping : IEntityTypeConfiguration<AssessmentDay>
{
    public void Configure(EntityTypeBuilder<AssessmentDay> b)
    {
        b.Property(d => d.For).HasConversion<string>().HasMaxLength(20);
        b.HasOne(d => d.Centre).WithMany().HasForeignKey(d => d.CentreId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Sessions).WithOne(s => s.Day).HasForeignKey(s => s.DayId);
        b.HasIndex(d => d.Date);
    }
}
