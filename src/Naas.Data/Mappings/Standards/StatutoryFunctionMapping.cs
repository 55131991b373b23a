using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class StatutoryFunctionMapping : IEntityTypeConfiguration<StatutoryFunction>
{
    public void Configure(EntityTypeBuilder<StatutoryFunction> b)
    {
        b.Property(f => f.Code).HasMaxLength(60);
        b.HasIndex(f => f.Code).IsUnique();
        b.Property(f => f.Description).HasMaxLength(300);
        b.Property(f => f.RequiredStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Paragraph).HasMaxLength(20);
    }
}
