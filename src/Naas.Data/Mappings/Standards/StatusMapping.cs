using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class StatusMapping : IEntityTypeConfiguration<Status>
{
    public void Configure(EntityTypeBuilder<Status> b)
    {
        b.Property(s => s.Level).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(s => s.Level).IsUnique();
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Description).HasMaxLength(2000);
        b.HasMany(s => s.Areas).WithOne().HasForeignKey(a => a.StatusId);
    }
}
