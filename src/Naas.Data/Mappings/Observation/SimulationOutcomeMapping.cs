using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class SimulationOutcomeMapping : IEntityTypeConfiguration<SimulationOutcome>
{
    public void Configure(EntityTypeBuilder<SimulationOutcome> b)
    {
        b.HasIndex(o => o.SessionId).IsUnique();
        b.HasIndex(o => o.SocialWorkerId);
        b.HasOne(o => o.Session).WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(o => o.Score).HasPrecision(6, 2);
        b.Property(o => o.Global).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Rationale).HasMaxLength(4000);
        b.Property(o => o.DecidedBy).HasMaxLength(200);
    }
}
