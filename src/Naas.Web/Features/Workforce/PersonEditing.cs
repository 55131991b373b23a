using Microsoft.EntityFrameworkCore;
using Naas.Data;

namespace Naas.Web.Features.Workforce;

/// <summary>An employer correcting a person's own details from their record.</summary>
public sealed class PersonEditing(NaasDbContext db)
{
    /// <summary>Changes a person's own details (not their engagements) for the caller's organisation, under the same
    /// rule as every other route (ADR 0014): only the holder of the details may, and their email only until they have
    /// an account. Null when not found in the caller's scope.</summary>
    public async Task<List<(string Field, string Message)>?> UpdatePersonAsync(
        Guid personId,
        PersonInput input,
        CancellationToken ct = default
    )
    {
        var p = await db.SocialWorkers.SingleOrDefaultAsync(x => x.Id == personId, ct);
        if (p is null)
            return null;
        var org = db.Scope.OrganisationId;
        if (!db.Scope.SeesEverything && !PersonDetailsRule.HoldsDetails(p, org))
            return [("", PersonDetailsRule.NotYoursMessage)];
        if (
            input.RegistrationNumber != p.RegistrationNumber
            && await db
                .SocialWorkers.IgnoreQueryFilters()
                .AnyAsync(x => x.RegistrationNumber == input.RegistrationNumber && x.Id != personId, ct)
        )
            return
            [
                (
                    "RegistrationNumber",
                    "Another social worker already has this registration number. Check it against the Social Work England register"
                ),
            ];
        var changes = WorkforceUpserts.ApplyIdentity(p, input);
        if (string.IsNullOrWhiteSpace(input.Email))
            return [("Email", "Enter their email address")];
        if (!string.Equals(p.Email, input.Email.Trim(), StringComparison.Ordinal))
        {
            var hasAccount = await db.Users.AnyAsync(u => u.SocialWorkerId == p.Id, ct);
            if (!db.Scope.SeesEverything && hasAccount)
                return
                [
                    (
                        "Email",
                        $"{p.GivenName} keeps their own email address in their account, so only they can change it"
                    ),
                ];
            changes.Set(p.Email, input.Email.Trim(), v => p.Email = v, "email");
        }
        if (!changes.Any)
            return [];
        db.Record(new PersonUpdated(p.Id, p.FullName, changes.Changed));
        await db.SaveChangesAsync(ct);
        return [];
    }
}
