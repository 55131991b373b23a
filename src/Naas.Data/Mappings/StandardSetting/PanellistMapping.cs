using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class PanellistMapping : IEntityTypeConfiguration<Panellist>
{
    public void Configure(EntityTypeBuilder<Panellist> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => new { x.ExerciseId, x.UserId }).IsUnique(); // one panel per person per exercise
    }
}
