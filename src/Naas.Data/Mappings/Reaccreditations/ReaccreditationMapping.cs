using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ReaccreditationMapping : IEntityTypeConfiguration<Reaccreditation>
{
    public void Configure(EntityTypeBuilder<Reaccreditation> b)
    {
        b.Property(x => x.CpdHours).HasPrecision(8, 2);
        b.Property(x => x.EmployerEndorsedBy).HasMaxLength(200);
        b.Property(x => x.ShortAssessmentScore).HasPrecision(10, 2);
        b.Property(x => x.ShortAssessmentMax).HasPrecision(10, 2);
        b.Property(x => x.ShortAssessmentPassMark).HasPrecision(10, 2);
        b.Property(x => x.ShortAssessmentRecordedBy).HasMaxLength(200);
        b.Property(x => x.ClosedReason).HasMaxLength(500);
        b.Ignore(x => x.ShortAssessmentPassed);
        b.Property(x => x.EmployerStatement).HasMaxLength(4000);
        b.HasIndex(x => x.AccreditationId);
        b.HasIndex(x => x.OrganisationId);
    }
}
