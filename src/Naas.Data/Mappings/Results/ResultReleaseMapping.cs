using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ResultReleaseMapping : IEntityTypeConfiguration<ResultRelease>
{
    public void Configure(EntityTypeBuilder<ResultRelease> b)
    {
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.RetakeElement).HasMaxLength(60);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.ReleasedBy).HasMaxLength(200);
        // One release per assessment, enforced by the database: two administrators pressing "release" at once
        // cannot award two accreditations. A retake follows a new endorsement, so it gets its own release; a
        // re-mark on review supersedes the release it replaces.
        b.HasIndex(x => x.EndorsementId).IsUnique().HasFilter("\"SupersededAt\" IS NULL");
        b.Property(x => x.SupersededReason).HasMaxLength(500);
    }
}
