namespace Naas.Domain.Workforce;

public enum RequirementState
{
    /// <summary>None of the person's functions call for accreditation.</summary>
    NotRequired = 1,
    Held = 2,

    /// <summary>Endorsed (awaiting agreement or agreed) for the status the functions call for.</summary>
    InProgress = 3,
    Missing = 4,
}

public sealed record StatusRequirement(StatusLevel? Required, RequirementState State, string Explanation);

/// <summary>Which status a person's statutory functions call for (¶55–56), and whether they hold it. A higher
/// status counts for the functions of a lower one. Nobody is forced out of work by this: employers manage the
/// outcome so as not to create shortages (¶53).</summary>
public static class StatusRequirements
{
    public static StatusRequirement For(
        IEnumerable<StatusLevel> levelsCalledForByFunctions,
        IEnumerable<StatusLevel> held,
        IEnumerable<StatusLevel> endorsedFor
    )
    {
        var levels = levelsCalledForByFunctions.ToList();
        if (levels.Count == 0)
            return new(null, RequirementState.NotRequired, "None of the functions recorded call for accreditation.");
        var required = levels.Max();
        if (held.Any(h => h >= required))
            return new(
                required,
                RequirementState.Held,
                $"Their functions call for {required.Name()} status, which they hold."
            );
        if (endorsedFor.Any(e => e >= required))
            return new(
                required,
                RequirementState.InProgress,
                $"Their functions call for {required.Name()} status; they have been endorsed for it."
            );
        return new(
            required,
            RequirementState.Missing,
            $"Their functions call for {required.Name()} status, which they do not hold yet."
        );
    }
}
