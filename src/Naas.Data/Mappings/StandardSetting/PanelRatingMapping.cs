using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class PanelRatingMapping : IEntityTypeConfiguration<PanelRating>
{
    public void Configure(EntityTypeBuilder<PanelRating> b)
    {
        b.Property(x => x.Unit).HasMaxLength(64);
        b.Property(x => x.Value).HasPrecision(8, 4);
        b.HasOne(x => x.Panellist).WithMany().HasForeignKey(x => x.PanellistId);
        b.HasIndex(x => new
            {
                x.PanellistId,
                x.Round,
                x.Unit,
            })
            .IsUnique();
    }
}
