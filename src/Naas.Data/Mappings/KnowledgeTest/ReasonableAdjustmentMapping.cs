using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ReasonableAdjustmentMapping : IEntityTypeConfiguration<ReasonableAdjustment>
{
    public void Configure(EntityTypeBuilder<ReasonableAdjustment> b)
    {
        b.HasIndex(x => x.SocialWorkerId).IsUnique();
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.AgreedBy).HasMaxLength(200);
    }
}
