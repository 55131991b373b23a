using Naas.Data.Entities;
using Naas.Data.Seed;

namespace Naas.Web.Features.Administration;

/// <summary>A policy setting the rules read was changed, with its reason.</summary>
public sealed record PolicySettingChanged(string Key, string Label, int From, int To, string Reason) : AuditedChange
{
    public override string SubjectType => "PolicySetting";
    public override Guid? SubjectId => null;
    public override string Action => "Changed";
    public override string? GivenReason => Reason;

    public override string Summary() => $"{Label}: {From} → {To}";
}

/// <summary>Someone was invited to make an account in a role.</summary>
public sealed record Invited(
    Guid Invitation,
    string Name,
    string Email,
    string Role,
    string? Organisation,
    Guid? Person
) : AuditedChange
{
    public override string SubjectType => "Invitation";
    public override Guid? SubjectId => Invitation;
    public override Guid? Concerns => Person;

    public override string Summary() => $"Invited {Name} ({Email}) as {Roles.Name(Role)} for {Organisation}";

    public override string? ForThePerson() => $"You were invited to make an account, sent to {Email}.";
}
