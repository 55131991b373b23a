using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ScenarioMapping : IEntityTypeConfiguration<Scenario>
{
    public void Configure(EntityTypeBuilder<Scenario> b)
    {
        b.Property(s => s.Reference).HasMaxLength(20);
        b.HasIndex(s => s.Reference).IsUnique();
        b.Property(s => s.For).HasConversion<string>().HasMaxLength(20);
        b.HasMany(s => s.Versions).WithOne(v => v.Scenario).HasForeignKey(v => v.ScenarioId);
    }
}
