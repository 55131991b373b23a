using System.Globalization;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.Workforce;

/// <summary>A person's details as typed into a page, an import row or an API call; validated in one place.</summary>
public sealed class PersonInput
{
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? RegistrationNumber { get; set; }
    public string? Email { get; set; }
    public DateOnly? QualifiedOn { get; set; }
    public DateOnly? AsyeStartedOn { get; set; }
    public DateOnly? AsyeCompletedOn { get; set; }

    public List<(string Field, string Message)> Validate(DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (Parse.NameProblem(GivenName, "first name") is { } given)
            problems.Add((nameof(GivenName), given));
        if (Parse.NameProblem(FamilyName, "last name") is { } family)
            problems.Add((nameof(FamilyName), family));
        if (string.IsNullOrWhiteSpace(RegistrationNumber))
            problems.Add(
                (nameof(RegistrationNumber), "Enter their Social Work England registration number, like SW123456")
            );
        else if (!Naas.Domain.Workforce.RegistrationNumber.TryNormalise(RegistrationNumber, out var n))
            problems.Add((nameof(RegistrationNumber), Naas.Domain.Workforce.RegistrationNumber.FormatHint));
        else
            RegistrationNumber = n;
        // An email is needed for someone new and may be left out for someone already on the national record, whose
        // contact details are kept by whoever holds them (ADR 0014); the upsert says which.
        if (string.IsNullOrWhiteSpace(Email))
            Email = null;
        else if (!IsEmail(Email))
            problems.Add((nameof(Email), "Enter an email address in the correct format, like name@example.com"));
        else
            Email = Email.Trim();
        if (QualifiedOn > today)
            problems.Add((nameof(QualifiedOn), "Date qualified must be today or in the past"));
        else if (Parse.DateProblem(QualifiedOn, "Date qualified", today) is { } q)
            problems.Add((nameof(QualifiedOn), q));
        if (Parse.DateProblem(AsyeStartedOn, "ASYE start date", today) is { } s)
            problems.Add((nameof(AsyeStartedOn), s));
        if (Parse.DateProblem(AsyeCompletedOn, "ASYE completion date", today) is { } c)
            problems.Add((nameof(AsyeCompletedOn), c));
        if (AsyeCompletedOn is { } done && AsyeStartedOn is { } started && done < started)
            problems.Add((nameof(AsyeCompletedOn), "ASYE completion date must be after the ASYE start date"));
        if (AsyeCompletedOn is not null && AsyeStartedOn is null)
            problems.Add((nameof(AsyeStartedOn), "Enter the ASYE start date"));
        return problems;
    }

    public static bool IsEmail(string s) =>
        s.Trim() is var t
        && t.Length <= 254
        && t.IndexOf('@') is > 0 and var at
        && at < t.Length - 3
        && t.IndexOf('.', at) > at + 1
        && !t.Contains(' ');
}

/// <summary>One period of work at the caller's organisation.</summary>
public sealed class EngagementInput
{
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public EmploymentType? EmploymentType { get; set; }
    public string? AgencyName { get; set; }
    public decimal? FullTimeEquivalent { get; set; }
    public StatusLevel? RoleLevel { get; set; }
    public EntryRoute? EntryRoute { get; set; }
    public List<string> FunctionCodes { get; set; } = [];

    public List<(string Field, string Message)> Validate(
        ISet<string> knownFunctions,
        ISet<string> knownAgencies,
        DateOnly today
    )
    {
        var problems = new List<(string, string)>();
        if (Start is null)
            problems.Add((nameof(Start), "Enter the date they started"));
        else if (Parse.DateProblem(Start, "Start date", today) is { } s)
            problems.Add((nameof(Start), s));
        if (Parse.DateProblem(End, "End date", today) is { } e)
            problems.Add((nameof(End), e));
        if (End is { } end && Start is { } start && end < start)
            problems.Add((nameof(End), "End date must be the same as or after the start date"));
        if (EmploymentType is null)
            problems.Add((nameof(EmploymentType), "Select whether they are permanent, agency or self-employed"));
        if (EmploymentType == Naas.Domain.Workforce.EmploymentType.Agency)
        {
            if (string.IsNullOrWhiteSpace(AgencyName))
                problems.Add((nameof(AgencyName), "Enter the name of the employment agency that holds their contract"));
            else if (!knownAgencies.Contains(AgencyName.Trim()))
                problems.Add(
                    (
                        nameof(AgencyName),
                        $"There is no employment agency called \"{AgencyName.Trim()}\". Ask the programme to add it, or check the spelling"
                    )
                );
        }
        if (FullTimeEquivalent is null)
            problems.Add((nameof(FullTimeEquivalent), "Enter their full-time equivalent, like 1 or 0.6"));
        else if (FullTimeEquivalent is <= 0m or > 1m)
            problems.Add(
                (nameof(FullTimeEquivalent), "Full-time equivalent must be more than 0 and no more than 1, like 0.6")
            );
        if (RoleLevel is null)
            problems.Add((nameof(RoleLevel), "Select their role level"));
        if (EntryRoute is null)
            problems.Add((nameof(EntryRoute), "Select how they came into the role"));
        var unknown = FunctionCodes.Where(c => !knownFunctions.Contains(c)).ToList();
        if (unknown.Count > 0)
            problems.Add((nameof(FunctionCodes), $"Unknown statutory function: {string.Join(", ", unknown)}"));
        return problems;
    }
}

public static class Parse
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d M yyyy"];

    /// <summary>The earliest date any workforce date may be (nobody in practice now qualified or started before it),
    /// and how far ahead one may be: a planned start or end, not a typing slip like 2100.</summary>
    public static readonly DateOnly EarliestDate = new(1950, 1, 1);
    public const int YearsAhead = 2;

    public static string? DateProblem(DateOnly? date, string name, DateOnly today) =>
        date switch
        {
            null => null,
            { } d when d < EarliestDate => $"{name} must be after 1 January 1950",
            { } d when d > today.AddYears(YearsAhead) => $"{name} must be no more than {YearsAhead} years from today",
            _ => null,
        };

    /// <summary>A name must have a letter in it and nothing that is not text (control characters such as
    /// U+0000).</summary>
    public static string? NameProblem(string? name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
            return $"Enter their {what}";
        if (name.Length > 100)
            return $"{char.ToUpperInvariant(what[0])}{what[1..]} must be 100 characters or fewer";
        // U+FFFD is what a wrongly decoded file leaves in place of a letter: refuse it rather than store it.
        if (name.Any(c => char.IsControl(c) || c == '\uFFFD'))
            return $"{char.ToUpperInvariant(what[0])}{what[1..]} must contain only letters, spaces, hyphens and apostrophes";
        if (!name.Any(char.IsLetter))
            return $"{char.ToUpperInvariant(what[0])}{what[1..]} must contain at least one letter";
        return null;
    }

    /// <summary>Full-time equivalent as people type it: "0.6", or "0,6" with a decimal comma. Never a thousands
    /// separator: "0,1" is a tenth, not 1.</summary>
    public static bool TryFte(string? s, out decimal? fte)
    {
        fte = null;
        if (string.IsNullOrWhiteSpace(s))
            return true;
        var t = s.Trim();
        if (t.Count(c => c is '.' or ',') > 1)
            return false;
        if (
            decimal.TryParse(
                t.Replace(',', '.'),
                NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out var v
            )
        )
        {
            fte = v;
            return true;
        }
        return false;
    }

    public static bool TryDate(string? s, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(s))
            return true;
        if (DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        return false;
    }

    public static EmploymentType? Employment(string? s) =>
        Norm(s) switch
        {
            "permanent" => EmploymentType.Permanent,
            "agency" => EmploymentType.Agency,
            "self-employed" or "selfemployed" => EmploymentType.SelfEmployed,
            _ => null,
        };

    public static StatusLevel? Level(string? s) =>
        Norm(s) switch
        {
            "practitioner" => StatusLevel.Practitioner,
            "supervisor" or "practice-supervisor" => StatusLevel.Supervisor,
            "leader" or "practice-leader" => StatusLevel.Leader,
            _ => null,
        };

    public static EntryRoute? Route(string? s) =>
        Norm(s) switch
        {
            "asye" => EntryRoute.Asye,
            "new-to-role" => EntryRoute.NewToRole,
            "moved-from-other-social-work" => EntryRoute.MovedFromOtherSocialWork,
            "moved-from-outside-england" => EntryRoute.MovedFromOutsideEngland,
            "already-in-post" => EntryRoute.AlreadyInPost,
            _ => null,
        };

    public static string Code(this EmploymentType t) =>
        t switch
        {
            EmploymentType.Permanent => "permanent",
            EmploymentType.Agency => "agency",
            _ => "self-employed",
        };

    public static string Code(this StatusLevel l) =>
        l switch
        {
            StatusLevel.Practitioner => "practitioner",
            StatusLevel.Supervisor => "supervisor",
            _ => "leader",
        };

    public static string Code(this EntryRoute r) =>
        r switch
        {
            EntryRoute.Asye => "asye",
            EntryRoute.NewToRole => "new-to-role",
            EntryRoute.MovedFromOtherSocialWork => "moved-from-other-social-work",
            EntryRoute.MovedFromOutsideEngland => "moved-from-outside-england",
            _ => "already-in-post",
        };

    private static string Norm(string? s) => (s ?? "").Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
}
