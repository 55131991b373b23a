using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ObserverMapping : IEntityTypeConfiguration<Observer>
{
    public void Configure(EntityTypeBuilder<Observer> b)
    {
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Email).HasMaxLength(256);
        b.HasIndex(o => o.Email).IsUnique();
        b.HasIndex(o => o.UserId);
    }
}
