using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class JourneyStateMapping : IEntityTypeConfiguration<JourneyState>
{
    public void Configure(EntityTypeBuilder<JourneyState> b)
    {
        b.Property(j => j.Kind).HasMaxLength(100);
        b.HasIndex(j => new { j.UserId, j.Kind });
    }
}
