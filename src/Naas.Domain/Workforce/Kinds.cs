namespace Naas.Domain.Workforce;

/// <summary>The three statuses of Annex A, ordered so that a higher level can be compared with a lower one.
/// Their names, descriptions and knowledge-and-skills areas are data (see Status in Naas.Data); only the
/// ordering, which the rules need, is fixed here.</summary>
public enum StatusLevel
{
    Practitioner = 1,
    Supervisor = 2,
    Leader = 3,
}

public enum EmploymentType
{
    Permanent = 1,
    Agency = 2,
    SelfEmployed = 3,
}

/// <summary>How the person came into the role they hold with this employer (¶58–69).</summary>
public enum EntryRoute
{
    /// <summary>Newly qualified, in or just through the Assessed and Supported Year in Employment (¶61).</summary>
    Asye = 1,

    /// <summary>New to a practice supervisor or practice leader role (¶62).</summary>
    NewToRole = 2,

    /// <summary>Moved into child and family statutory work from other social work (¶64–66).</summary>
    MovedFromOtherSocialWork = 3,

    /// <summary>Moved from outside England (¶67–69).</summary>
    MovedFromOutsideEngland = 4,

    /// <summary>Already in post when the system was rolled out to their employer (¶13–17).</summary>
    AlreadyInPost = 5,
}

public enum OrganisationKind
{
    LocalAuthority = 1,
    ChildrensSocialCareTrust = 2,
    Cafcass = 3,
    VoluntaryOrCommunityOrganisation = 4,
    AdoptionOrFosteringAgency = 5,
    EmploymentAgency = 6,
}

public static class KindNames
{
    public static string Name(this StatusLevel level) =>
        level switch
        {
            StatusLevel.Practitioner => "child and family practitioner",
            StatusLevel.Supervisor => "practice supervisor",
            StatusLevel.Leader => "practice leader",
            _ => level.ToString(),
        };

    public static string Name(this EmploymentType type) =>
        type switch
        {
            EmploymentType.Permanent => "Permanent",
            EmploymentType.Agency => "Agency",
            EmploymentType.SelfEmployed => "Self-employed",
            _ => type.ToString(),
        };

    public static string Name(this EntryRoute route) =>
        route switch
        {
            EntryRoute.Asye => "Newly qualified (ASYE)",
            EntryRoute.NewToRole => "New to a supervisor or leader role",
            EntryRoute.MovedFromOtherSocialWork => "Moved from other social work",
            EntryRoute.MovedFromOutsideEngland => "Moved from outside England",
            EntryRoute.AlreadyInPost => "Already in post",
            _ => route.ToString(),
        };

    public static string Name(this OrganisationKind kind) =>
        kind switch
        {
            OrganisationKind.LocalAuthority => "Local authority",
            OrganisationKind.ChildrensSocialCareTrust => "Children's social care trust",
            OrganisationKind.Cafcass => "Cafcass",
            OrganisationKind.VoluntaryOrCommunityOrganisation => "Voluntary or community organisation",
            OrganisationKind.AdoptionOrFosteringAgency => "Adoption or fostering agency",
            OrganisationKind.EmploymentAgency => "Employment agency",
            _ => kind.ToString(),
        };
}
