using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class SimulationSessionMapping : IEntityTypeConfiguration<SimulationSession>
{
    public void Configure(EntityTypeBuilder<SimulationSession> b)
    {
        b.Ignore(s => s.EndsAt);
        b.HasOne(s => s.Room).WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.ScenarioVersion)
            .WithMany()
            .HasForeignKey(s => s.ScenarioVersionId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.SocialWorkerId);
        b.HasIndex(s => s.ActorId);
        b.HasIndex(s => s.LeadObserverId);
        b.HasIndex(s => s.SecondObserverId);
        b.Property(s => s.AdjustmentRequest).HasMaxLength(2000);
        b.Property(s => s.CheckedInBy).HasMaxLength(200);
        // Two candidates booking the last place at once: the second save finds the session taken and fails.
        b.Property(s => s.SocialWorkerId).IsConcurrencyToken();
        b.HasIndex(s => s.StartsAt);
    }
}
