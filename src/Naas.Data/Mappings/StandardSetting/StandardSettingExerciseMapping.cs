using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class StandardSettingExerciseMapping : IEntityTypeConfiguration<StandardSettingExercise>
{
    public void Configure(EntityTypeBuilder<StandardSettingExercise> b)
    {
        b.Property(x => x.Element).HasMaxLength(60);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Criteria).HasMaxLength(4000);
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        b.Property(x => x.AdoptedBy).HasMaxLength(200);
        b.Property(x => x.AdoptedRationale).HasMaxLength(4000);
        b.Property(x => x.AdoptedPassMark).HasPrecision(10, 4);
        b.HasMany(x => x.Panellists).WithOne(p => p.Exercise).HasForeignKey(p => p.ExerciseId);
    }
}
