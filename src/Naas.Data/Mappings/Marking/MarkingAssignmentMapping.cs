using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class MarkingAssignmentMapping : IEntityTypeConfiguration<MarkingAssignment>
{
    public void Configure(EntityTypeBuilder<MarkingAssignment> b)
    {
        b.Property(x => x.Element).HasMaxLength(60);
        b.Property(x => x.AssessorName).HasMaxLength(200);
        b.Property(x => x.AssignedBy).HasMaxLength(200);
        // One marker per element of an assessment; reassigning replaces the row, audited.
        b.HasIndex(x => new { x.EndorsementId, x.Element }).IsUnique();
        b.HasIndex(x => x.AssessorUserId);
    }
}
