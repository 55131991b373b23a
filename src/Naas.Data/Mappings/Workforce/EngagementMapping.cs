using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class EngagementMapping : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> b)
    {
        b.HasOne(e => e.SocialWorker).WithMany(p => p.Engagements).HasForeignKey(e => e.SocialWorkerId);
        b.HasOne(e => e.Organisation).WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.AgencyOrganisation)
            .WithMany()
            .HasForeignKey(e => e.AgencyOrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.EmploymentType).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.RoleLevel).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.EntryRoute).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.FullTimeEquivalent).HasPrecision(4, 2);
        // Importing the same file twice must change nothing: an engagement is identified by person, place and start.
        b.HasIndex(e => new
            {
                e.SocialWorkerId,
                e.OrganisationId,
                e.Start,
            })
            .IsUnique();
        b.HasMany(e => e.Functions).WithOne().HasForeignKey(f => f.EngagementId);
    }
}
