using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class WrittenExerciseVersionMapping : IEntityTypeConfiguration<WrittenExerciseVersion>
{
    public void Configure(EntityTypeBuilder<WrittenExerciseVersion> b)
    {
        b.HasIndex(x => new { x.Level, x.Version }).IsUnique();
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Instructions).HasMaxLength(4000);
        b.Property(x => x.CaseInformation).HasMaxLength(16000);
        b.HasMany(x => x.Tasks).WithOne().HasForeignKey(t => t.ExerciseId);
        b.HasMany(x => x.Criteria).WithOne().HasForeignKey(c => c.ExerciseId);
    }
}

public sealed class WrittenTaskMapping : IEntityTypeConfiguration<WrittenTask>
{
    public void Configure(EntityTypeBuilder<WrittenTask> b)
    {
        b.HasIndex(x => new { x.ExerciseId, x.Number }).IsUnique();
        b.Property(x => x.Prompt).HasMaxLength(2000);
    }
}

public sealed class WrittenCriterionMapping : IEntityTypeConfiguration<WrittenCriterion>
{
    public void Configure(EntityTypeBuilder<WrittenCriterion> b)
    {
        b.HasIndex(x => new { x.ExerciseId, x.Number }).IsUnique();
        b.Property(x => x.Text).HasMaxLength(500);
        b.Property(x => x.Guidance).HasMaxLength(4000);
    }
}

public sealed class WrittenSittingMapping : IEntityTypeConfiguration<WrittenSitting>
{
    public void Configure(EntityTypeBuilder<WrittenSitting> b)
    {
        b.HasIndex(x => x.SocialWorkerId);
        // One sitting per endorsement: a second start (another tab) finds the first.
        b.HasIndex(x => x.EndorsementId).IsUnique();
        b.HasIndex(x => x.MarkerUserId);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(12);
        b.Property(x => x.Feedback).HasMaxLength(4000);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Ignore(x => x.EndsAt);
        b.HasOne(x => x.Exercise).WithMany().HasForeignKey(x => x.ExerciseId);
        b.HasMany(x => x.Answers).WithOne().HasForeignKey(a => a.SittingId);
        b.HasMany(x => x.Marks).WithOne().HasForeignKey(m => m.SittingId);
    }
}

public sealed class WrittenAnswerMapping : IEntityTypeConfiguration<WrittenAnswer>
{
    public void Configure(EntityTypeBuilder<WrittenAnswer> b)
    {
        b.HasIndex(x => new { x.SittingId, x.Task }).IsUnique();
        b.Property(x => x.Text).HasMaxLength(20000);
    }
}

public sealed class WrittenCriterionMarkMapping : IEntityTypeConfiguration<WrittenCriterionMark>
{
    public void Configure(EntityTypeBuilder<WrittenCriterionMark> b) =>
        b.HasIndex(x => new { x.SittingId, x.Criterion }).IsUnique();
}
