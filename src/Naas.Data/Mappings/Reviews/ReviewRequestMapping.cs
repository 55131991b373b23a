using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ReviewRequestMapping : IEntityTypeConfiguration<ReviewRequest>
{
    public void Configure(EntityTypeBuilder<ReviewRequest> b)
    {
        b.Property(x => x.Ground).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Statement).HasMaxLength(4000);
        b.Property(x => x.EmployerStatement).HasMaxLength(4000);
        b.Property(x => x.EmployerRespondedBy).HasMaxLength(200);
        b.Property(x => x.ReviewerName).HasMaxLength(200);
        b.Property(x => x.DecisionReasons).HasMaxLength(4000);
        // One review per release, enforced by the database.
        b.HasIndex(x => x.ReleaseId).IsUnique();
        b.HasIndex(x => x.State);
    }
}
