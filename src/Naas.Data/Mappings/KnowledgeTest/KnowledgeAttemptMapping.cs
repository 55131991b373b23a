using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class KnowledgeAttemptMapping : IEntityTypeConfiguration<KnowledgeAttempt>
{
    public void Configure(EntityTypeBuilder<KnowledgeAttempt> b)
    {
        b.HasOne(x => x.Blueprint).WithMany().HasForeignKey(x => x.BlueprintId);
        b.ComplexCollection(x => x.Subscores, s => s.ToJson());
        b.Property(x => x.PassMark).HasPrecision(8, 4);
        b.Property(x => x.Score).HasPrecision(8, 4);
        b.Property(x => x.MaxScore).HasPrecision(8, 4);
        b.Ignore(x => x.Items);
        b.Ignore(x => x.EndsAt);
        b.HasIndex(x => new { x.SocialWorkerId, x.SubmittedAt });
        b.HasMany(x => x.Answers).WithOne().HasForeignKey(a => a.AttemptId);
        b.HasMany(x => x.Notes).WithOne().HasForeignKey(n => n.AttemptId);
        b.Property(x => x.Location).HasMaxLength(200);
    }
}
