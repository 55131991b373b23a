using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class TestBookingMapping : IEntityTypeConfiguration<TestBooking>
{
    public void Configure(EntityTypeBuilder<TestBooking> b)
    {
        b.HasOne(x => x.Window).WithMany().HasForeignKey(x => x.WindowId);
        b.HasOne(x => x.Endorsement).WithMany().HasForeignKey(x => x.EndorsementId);
        b.HasIndex(x => new { x.SocialWorkerId, x.CancelledAt });
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.AdjustmentRequest).HasMaxLength(2000);
    }
}
