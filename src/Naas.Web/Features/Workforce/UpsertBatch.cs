using Naas.Data.Entities;

namespace Naas.Web.Features.Workforce;

/// <summary>What one or many upserts at an organisation read once (see <see
/// cref="WorkforceUpserts.PrepareAsync"/>).</summary>
public sealed record UpsertBatch(
    Guid OrganisationId,
    string OrganisationName,
    Dictionary<string, StatutoryFunction> Functions,
    Dictionary<string, Guid> Agencies,
    Dictionary<string, SocialWorker> People,
    HashSet<Guid> WithAccount
);
