using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class SessionIncidentMapping : IEntityTypeConfiguration<SessionIncident>
{
    public void Configure(EntityTypeBuilder<SessionIncident> b)
    {
        b.HasIndex(x => x.SessionId);
        b.Property(x => x.By).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(2000);
    }
}
