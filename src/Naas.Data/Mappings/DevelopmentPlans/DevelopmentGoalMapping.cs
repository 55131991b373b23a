using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class DevelopmentGoalMapping : IEntityTypeConfiguration<DevelopmentGoal>
{
    public void Configure(EntityTypeBuilder<DevelopmentGoal> b)
    {
        b.Property(x => x.Area).HasMaxLength(200);
        b.Property(x => x.Action).HasMaxLength(2000);
        b.Property(x => x.Support).HasMaxLength(2000);
        b.Property(x => x.Progress).HasMaxLength(20);
        b.Property(x => x.ProgressNote).HasMaxLength(2000);
        b.Property(x => x.UpdatedBy).HasMaxLength(200);
    }
}
