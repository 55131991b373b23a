using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class AssessmentModelElementMapping : IEntityTypeConfiguration<AssessmentModelElement>
{
    public void Configure(EntityTypeBuilder<AssessmentModelElement> b)
    {
        b.Property(e => e.Kind).HasMaxLength(60);
        b.Property(e => e.Description).HasMaxLength(1000);
    }
}
