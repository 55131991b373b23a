using Naas.Domain.Workforce;

namespace Naas.Web.Features.Accreditations;

/// <summary>A social worker was accredited and given a certificate (¶74).</summary>
public sealed record AccreditationAwarded(
    Guid Accreditation,
    Guid Person,
    string RegistrationNumber,
    StatusLevel Level,
    string CertificateNumber,
    DateOnly ReaccreditationDue
) : AccreditationChange(Accreditation, Person)
{
    public override string Action => "Awarded";

    public override string Summary() =>
        $"{RegistrationNumber} accredited as a {Level.Name()}, certificate {CertificateNumber}";

    public override string? ForThePerson() =>
        $"You were accredited as a {Level.Name()}. Your certificate number is {CertificateNumber}.";
}

public enum AccreditationStanding
{
    Suspended,
    SuspensionLifted,
    Revoked,
}

/// <summary>The programme suspended an accreditation, lifted a suspension or revoked one, with its reason.</summary>
public sealed record AccreditationStandingChanged(
    Guid Accreditation,
    Guid Person,
    string RegistrationNumber,
    StatusLevel Level,
    AccreditationStanding Standing,
    string Reason
) : AccreditationChange(Accreditation, Person)
{
    public override string Action => Standing.ToString();
    public override string? GivenReason => Reason;

    public override string Summary() =>
        $"{RegistrationNumber} {Level.Name()} accreditation {Standing.ToString().ToLowerInvariant()}";

    public override string? ForThePerson() =>
        Standing switch
        {
            AccreditationStanding.Suspended => $"Your {Level.Name()} accreditation was suspended: {Reason}",
            AccreditationStanding.SuspensionLifted =>
                $"The suspension of your {Level.Name()} accreditation was lifted: {Reason}",
            _ => $"Your {Level.Name()} accreditation was revoked: {Reason}",
        };
}

/// <summary>The social worker and their employers were reminded that re-accreditation is due.</summary>
public sealed record ReaccreditationReminderSent(
    Guid Accreditation,
    Guid Person,
    string RegistrationNumber,
    StatusLevel Level,
    DateOnly Due
) : AccreditationChange(Accreditation, Person)
{
    public override string Action => "ReminderSent";

    public override string Summary() => $"{RegistrationNumber}: re-accreditation due on {Due:d MMMM yyyy}";

    public override string? ForThePerson() =>
        $"We reminded you that your {Level.Name()} re-accreditation is due on {Due:d MMMM yyyy}.";
}

/// <summary>A re-accreditation completed: the accreditation runs on to a new date.</summary>
public sealed record Reaccredited(
    Guid Accreditation,
    Guid Person,
    string RegistrationNumber,
    StatusLevel Level,
    DateOnly? WasDue,
    DateOnly NextDue
) : AccreditationChange(Accreditation, Person)
{
    public override string Summary() =>
        $"{RegistrationNumber} re-accredited as a {Level.Name()}; next due {NextDue:d MMMM yyyy}";

    public override string? ForThePerson() =>
        $"You were re-accredited as a {Level.Name()}. The next re-accreditation is due on {NextDue:d MMMM yyyy}.";
}
