using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class ReportConsentMapping : IEntityTypeConfiguration<ReportConsent>
{
    public void Configure(EntityTypeBuilder<ReportConsent> b) =>
        b.HasIndex(x => new { x.SocialWorkerId, x.OrganisationId });
}
