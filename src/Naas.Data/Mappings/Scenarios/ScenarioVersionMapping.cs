using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ScenarioVersionMapping : IEntityTypeConfiguration<ScenarioVersion>
{
    public void Configure(EntityTypeBuilder<ScenarioVersion> b)
    {
        b.HasIndex(v => new { v.ScenarioId, v.Version }).IsUnique();
        b.HasIndex(v => v.Status);
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Title).HasMaxLength(200);
        b.Property(v => v.CaseName).HasMaxLength(200);
        b.Property(v => v.Briefing).HasMaxLength(8000);
        b.Property(v => v.ActorPlays).HasMaxLength(1000);
        b.Property(v => v.ActorKnows).HasMaxLength(4000);
        b.Property(v => v.ActorFeels).HasMaxLength(4000);
        b.Property(v => v.ActorResponses).HasMaxLength(4000);
        b.Property(v => v.ActorNeverSays).HasMaxLength(2000);
        b.ComplexCollection(v => v.Criteria, c => c.ToJson());
        b.Property(v => v.AuthorName).HasMaxLength(200);
        b.Property(v => v.ReviewerName).HasMaxLength(200);
    }
}
