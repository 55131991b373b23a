using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class DevelopmentPlanMapping : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> b)
    {
        b.Property(x => x.EmployerAgreedBy).HasMaxLength(200);
        b.Property(x => x.EmployerComment).HasMaxLength(4000);
        // One plan per assessment.
        b.HasIndex(x => x.EndorsementId).IsUnique();
        b.HasIndex(x => x.OrganisationId);
        b.HasMany(x => x.Goals).WithOne(x => x.Plan).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
