using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class SimulationRecordingMapping : IEntityTypeConfiguration<SimulationRecording>
{
    public void Configure(EntityTypeBuilder<SimulationRecording> b)
    {
        b.HasOne(x => x.Session).WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.SessionId);
        b.HasIndex(x => x.SocialWorkerId);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.ExpectedSha256).HasMaxLength(64);
        b.Property(x => x.StorageKey).HasMaxLength(200);
        b.Property(x => x.StartedBy).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
