using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ActorMapping : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> b)
    {
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.Email).HasMaxLength(256);
        b.HasIndex(a => a.Email).IsUnique();
        b.Property(a => a.DayRate).HasPrecision(10, 2);
    }
}
