using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class EndorsementMapping : IEntityTypeConfiguration<Endorsement>
{
    public void Configure(EntityTypeBuilder<Endorsement> b)
    {
        b.HasOne(e => e.SocialWorker).WithMany(p => p.Endorsements).HasForeignKey(e => e.SocialWorkerId);
        b.HasOne(e => e.Organisation).WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.State).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Judgement).HasMaxLength(4000);
        b.Property(e => e.Evidence).HasMaxLength(4000);
        b.Property(e => e.ExceptionReason).HasMaxLength(2000);
        b.Property(e => e.EligibilityAtEndorsement).HasMaxLength(2000);
        b.Property(e => e.EndorsedBy).HasMaxLength(200);
        b.Property(e => e.DeclineReason).HasMaxLength(2000);
        b.Property(e => e.WithdrawalReason).HasMaxLength(2000);
        b.HasIndex(e => new { e.OrganisationId, e.State });
        b.Property(e => e.SingleElementRetake).HasMaxLength(60);
    }
}
