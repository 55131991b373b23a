using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class FeedbackRequestMapping : IEntityTypeConfiguration<FeedbackRequest>
{
    public void Configure(EntityTypeBuilder<FeedbackRequest> b)
    {
        b.HasIndex(x => x.SocialWorkerId);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.RespondentName).HasMaxLength(200);
        b.Property(x => x.RespondentEmail).HasMaxLength(320);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.Comment).HasMaxLength(2000);
    }
}
