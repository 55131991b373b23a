using System.Security.Cryptography;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Web.Features.Results;

namespace Naas.Web.Features.Accreditations;

/// <summary>Awards the status an assessment was passed for: the accreditation, its certificate number, its
/// re-accreditation date and its place on the status list, audited. Added to the caller's transaction (the results'
/// release), which saves it.</summary>
public sealed class AccreditationAwarder(NaasDbContext db)
{
    public async Task<Accreditation> AwardAsync(
        AssessmentView view,
        DateOnly today,
        EligibilityPolicy rules,
        CancellationToken ct
    )
    {
        var accreditation = new Accreditation
        {
            SocialWorkerId = view.Person.Id,
            Level = view.Endorsement.Level,
            AwardedOn = today,
            EndorsementId = view.Endorsement.Id,
            CertificateNumber = NewCertificateNumber(),
            ReaccreditationDue = today.AddYears(rules.Value(EligibilityPolicy.Keys.ReaccreditationYears)),
            StatusListIndex = await StatusLists.AllocateStatusIndexAsync(db, ct),
        };
        db.Accreditations.Add(accreditation);
        db.Record(
            new AccreditationAwarded(
                accreditation.Id,
                view.Person.Id,
                view.Person.RegistrationNumber,
                view.Endorsement.Level,
                accreditation.CertificateNumber,
                accreditation.ReaccreditationDue!.Value
            ),
            view.Endorsement.OrganisationId
        );
        return accreditation;
    }

    /// <summary>Certificate numbers people can read out: no 0/O or 1/I, random so they cannot be guessed in
    /// sequence.</summary>
    public static string NewCertificateNumber()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Span<char> c = stackalloc char[10];
        for (var i = 0; i < c.Length; i++)
            c[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        return $"NAAS-{c[..5]}-{c[5..]}";
    }
}
