using Microsoft.AspNetCore.Mvc.ModelBinding;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure.GovUk;

namespace Naas.Web.Features.Workforce;

/// <summary>The person form as typed: dates stay as the three boxes the user filled in.</summary>
public sealed class PersonForm
{
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? RegistrationNumber { get; set; }
    public string? Email { get; set; }
    public DateInput QualifiedOn { get; set; } = new();
    public DateInput AsyeStartedOn { get; set; } = new();
    public DateInput AsyeCompletedOn { get; set; } = new();

    public PersonInput? Read(ModelStateDictionary state, string prefix, DateOnly today)
    {
        var ok =
            Date(QualifiedOn, "Date qualified", $"{prefix}.QualifiedOn", state, out var q)
            & Date(AsyeStartedOn, "ASYE start date", $"{prefix}.AsyeStartedOn", state, out var s)
            & Date(AsyeCompletedOn, "ASYE completion date", $"{prefix}.AsyeCompletedOn", state, out var c);
        var input = new PersonInput
        {
            GivenName = GivenName,
            FamilyName = FamilyName,
            RegistrationNumber = RegistrationNumber,
            Email = Email,
            QualifiedOn = q,
            AsyeStartedOn = s,
            AsyeCompletedOn = c,
        };
        foreach (var (f, m) in input.Validate(today))
            if (state.GetFieldValidationState($"{prefix}.{f}") != ModelValidationState.Invalid)
                state.AddModelError($"{prefix}.{f}", m);
        return ok && state.IsValid ? input : null;
    }

    public static PersonForm From(Data.Entities.SocialWorker p) =>
        new()
        {
            GivenName = p.GivenName,
            FamilyName = p.FamilyName,
            RegistrationNumber = p.RegistrationNumber,
            Email = p.Email,
            QualifiedOn = DateInput.From(p.QualifiedOn),
            AsyeStartedOn = DateInput.From(p.AsyeStartedOn),
            AsyeCompletedOn = DateInput.From(p.AsyeCompletedOn),
        };

    internal static bool Date(
        DateInput d,
        string name,
        string key,
        ModelStateDictionary state,
        out DateOnly? value,
        bool required = false
    )
    {
        if (d.TryGet(name, required, out value, out var error))
            return true;
        state.AddModelError(key, error!);
        return false;
    }
}

public sealed class EngagementForm
{
    public DateInput Start { get; set; } = new();
    public DateInput End { get; set; } = new();
    public EmploymentType? EmploymentType { get; set; }
    public string? AgencyName { get; set; }
    public string? FullTimeEquivalent { get; set; } = "1";
    public StatusLevel? RoleLevel { get; set; }
    public EntryRoute? EntryRoute { get; set; }
    public List<string> FunctionCodes { get; set; } = [];

    public EngagementInput? Read(
        ModelStateDictionary state,
        string prefix,
        ISet<string> functions,
        ISet<string> agencies,
        DateOnly today
    )
    {
        var ok =
            PersonForm.Date(Start, "Date they started", $"{prefix}.Start", state, out var start, required: true)
            & PersonForm.Date(End, "Date they left", $"{prefix}.End", state, out var end);
        decimal? fte = null;
        if (!string.IsNullOrWhiteSpace(FullTimeEquivalent))
        {
            if (Parse.TryFte(FullTimeEquivalent, out var v))
                fte = v;
            else
            {
                state.AddModelError($"{prefix}.FullTimeEquivalent", "Full-time equivalent must be a number, like 0.6");
                ok = false;
            }
        }
        var input = new EngagementInput
        {
            Start = start,
            End = end,
            EmploymentType = EmploymentType,
            AgencyName = AgencyName,
            FullTimeEquivalent = fte,
            RoleLevel = RoleLevel,
            EntryRoute = EntryRoute,
            FunctionCodes = FunctionCodes,
        };
        foreach (var (f, m) in input.Validate(functions, agencies, today))
            if (state.GetFieldValidationState($"{prefix}.{f}") != ModelValidationState.Invalid)
                state.AddModelError($"{prefix}.{f}", m);
        return ok && state.IsValid ? input : null;
    }

    public static EngagementForm From(Data.Entities.Engagement e) =>
        new()
        {
            Start = DateInput.From(e.Start),
            End = DateInput.From(e.End),
            EmploymentType = e.EmploymentType,
            AgencyName = e.AgencyOrganisation?.Name,
            FullTimeEquivalent = e.FullTimeEquivalent.ToString(
                "0.##",
                System.Globalization.CultureInfo.InvariantCulture
            ),
            RoleLevel = e.RoleLevel,
            EntryRoute = e.EntryRoute,
            FunctionCodes = e.Functions.Select(f => f.StatutoryFunction!.Code).ToList(),
        };

    public static IReadOnlyList<Choice> EmploymentChoices { get; } =
        Enum.GetValues<EmploymentType>()
            .Select(t => new Choice(
                t.ToString(),
                t.Name(),
                t == Naas.Domain.Workforce.EmploymentType.Agency ? "Endorsed by you, not by the agency (¶72)" : null
            ))
            .ToList();
    public static IReadOnlyList<Choice> LevelChoices { get; } =
        Enum.GetValues<StatusLevel>()
            .Select(l => new Choice(l.ToString(), Infrastructure.GovUk.Tags.Cap(l.Name())))
            .ToList();
    public static IReadOnlyList<Choice> RouteChoices { get; } =
        Enum.GetValues<EntryRoute>()
            .Select(r => new Choice(
                r.ToString(),
                r.Name(),
                r switch
                {
                    Naas.Domain.Workforce.EntryRoute.Asye => "12 months with you, ASYE included, before assessment",
                    Naas.Domain.Workforce.EntryRoute.NewToRole => "12 months in the role with you before assessment",
                    Naas.Domain.Workforce.EntryRoute.MovedFromOtherSocialWork =>
                        "For example from adult services or the voluntary sector",
                    _ => null,
                }
            ))
            .ToList();
}
