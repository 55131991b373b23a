using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class CentreRoomMapping : IEntityTypeConfiguration<CentreRoom>
{
    public void Configure(EntityTypeBuilder<CentreRoom> b)
    {
        b.Property(r => r.Name).HasMaxLength(100);
        b.HasIndex(r => new { r.CentreId, r.Name }).IsUnique();
    }
}
