using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ReflectiveGuideMapping : IEntityTypeConfiguration<ReflectiveGuide>
{
    public void Configure(EntityTypeBuilder<ReflectiveGuide> b)
    {
        b.HasIndex(x => new { x.Level, x.Version }).IsUnique();
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Prompts).HasMaxLength(4000);
        b.HasMany(x => x.Criteria).WithOne().HasForeignKey(c => c.GuideId);
    }
}

public sealed class ReflectiveCriterionMapping : IEntityTypeConfiguration<ReflectiveCriterion>
{
    public void Configure(EntityTypeBuilder<ReflectiveCriterion> b)
    {
        b.HasIndex(x => new { x.GuideId, x.Number }).IsUnique();
        b.Property(x => x.Text).HasMaxLength(500);
        b.Property(x => x.Guidance).HasMaxLength(4000);
    }
}

public sealed class ReflectiveConversationMapping : IEntityTypeConfiguration<ReflectiveConversation>
{
    public void Configure(EntityTypeBuilder<ReflectiveConversation> b)
    {
        // One conversation per assessment, after its last simulation.
        b.HasIndex(x => x.EndorsementId).IsUnique();
        b.HasIndex(x => x.SessionId);
        b.HasIndex(x => x.SocialWorkerId);
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.HasOne(x => x.Guide).WithMany().HasForeignKey(x => x.GuideId);
        b.HasOne(x => x.Observer).WithMany().HasForeignKey(x => x.ObserverId);
        b.HasMany(x => x.Marks).WithOne().HasForeignKey(m => m.ConversationId);
    }
}

public sealed class ReflectiveCriterionMarkMapping : IEntityTypeConfiguration<ReflectiveCriterionMark>
{
    public void Configure(EntityTypeBuilder<ReflectiveCriterionMark> b) =>
        b.HasIndex(x => new { x.ConversationId, x.Criterion }).IsUnique();
}
