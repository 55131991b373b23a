using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class AnalysisRunMapping : IEntityTypeConfiguration<AnalysisRun>
{
    public void Configure(EntityTypeBuilder<AnalysisRun> b)
    {
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.RequestedBy).HasMaxLength(200);
        b.Property(x => x.DataVersion).HasMaxLength(400);
        b.Property(x => x.Error).HasMaxLength(2000);
        b.Property(x => x.Subject).HasMaxLength(60);
        b.HasIndex(x => new
        {
            x.Kind,
            x.Subject,
            x.FinishedAt,
        });
        b.HasIndex(x => new { x.Kind, x.Subject }).IsUnique().HasFilter("\"FinishedAt\" IS NULL");
    }
}
