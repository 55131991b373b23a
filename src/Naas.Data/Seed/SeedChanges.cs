using Naas.Data.Entities;

namespace Naas.Data.Seed;

/// <summary>The reference data from the consultation was loaded into an empty database.</summary>
public sealed record ReferenceDataSeeded : AuditedChange
{
    public override string SubjectType => "ReferenceData";
    public override Guid? SubjectId => null;
    public override string Action => "Seeded";

    public override string Summary() =>
        "Statuses, knowledge and skills areas, statutory functions, policy settings, organisations and assessment models loaded from the consultation.";
}

/// <summary>Demo people, sign-ins or tests were created for the embedded default.</summary>
public sealed record DemoDataSeeded(string What) : AuditedChange
{
    public override string SubjectType => "ReferenceData";
    public override Guid? SubjectId => null;
    public override string Action => "DemoSeeded";

    public override string Summary() => What;
}

/// <summary>A setting added to the service since this database was seeded, at its default.</summary>
public sealed record SettingAtDefault(string Key, string Label, int Value);

/// <summary>Settings new to this database started at their defaults.</summary>
public sealed record SettingsAddedAtDefaults(IReadOnlyList<SettingAtDefault> Settings) : AuditedChange
{
    public override string SubjectType => "PolicySetting";
    public override Guid? SubjectId => null;
    public override string Action => "Added";

    public override string Summary() =>
        $"New settings at their defaults: {string.Join(", ", Settings.Select(m => $"{m.Label} = {m.Value}"))}";
}

/// <summary>A demo social worker was put on the record, with the employer that holds their details.</summary>
public sealed record DemoPersonAdded(Guid Person, string Name, string RegistrationNumber, string Employer)
    : AuditedChange
{
    public override string SubjectType => "SocialWorker";
    public override Guid? SubjectId => Person;
    public override Guid? Concerns => Person;
    public override string Action => "DemoSeeded";

    public override string Summary() =>
        $"{Name} ({RegistrationNumber}) added to the workforce record for the demo, with {Employer}";

    public override string? ForThePerson() => $"{Employer} added you to the national workforce record (demo data).";
}
