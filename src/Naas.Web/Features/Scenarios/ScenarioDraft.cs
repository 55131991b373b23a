using Naas.Data.Entities;
using Naas.Domain.Scenarios;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.Scenarios;

/// <summary>What an author types for a scenario's briefing and actor's brief; the marking guide is added criterion by
/// criterion (<see cref="CriterionDraft"/>).</summary>
public sealed class ScenarioDraft
{
    /// <summary>Chosen when the scenario is written; fixed after, as its versions are about one status's case.</summary>
    /// <summary>Bound as text, like every field here, so that what a person typed is checked by the service's rules and
    /// named in their words, never the framework's "The value 'two' is not valid".</summary>
    public string? For { get; set; }
    public string? Title { get; set; }
    public string? CaseName { get; set; }
    public string? Part { get; set; }

    /// <summary>"yes" or "no": whether the actor plays a social worker the candidate supervises.</summary>
    public string? SupervisesSocialWorker { get; set; }
    public string? Briefing { get; set; }
    public string? PreparationMinutes { get; set; }
    public string? SimulationMinutes { get; set; }
    public string? ActorPlays { get; set; }
    public string? ActorKnows { get; set; }
    public string? ActorFeels { get; set; }
    public string? ActorResponses { get; set; }
    public string? ActorNeverSays { get; set; }

    public ScenarioContent ToContent(StatusLevel level) =>
        new(
            level,
            Title,
            CaseName,
            Number(Part),
            SupervisesSocialWorker == "yes",
            Briefing,
            Number(PreparationMinutes),
            Number(SimulationMinutes),
            ActorPlays,
            ActorKnows,
            ActorFeels,
            ActorResponses,
            ActorNeverSays
        );

    /// <summary>The status chosen, if it is one of the three.</summary>
    public StatusLevel? Level =>
        Enum.TryParse<StatusLevel>(For, out var l) && Enum.IsDefined(l) && !int.TryParse(For, out _) ? l : null;

    private static int? Number(string? s) => int.TryParse(s?.Trim(), out var n) ? n : null;

    public static ScenarioDraft From(ScenarioVersion v) =>
        new()
        {
            For = v.Scenario?.For.ToString(),
            Title = v.Title,
            CaseName = v.CaseName,
            Part = v.Part.ToString(),
            SupervisesSocialWorker = v.SupervisesSocialWorker ? "yes" : "no",
            Briefing = v.Briefing,
            PreparationMinutes = v.PreparationMinutes.ToString(),
            SimulationMinutes = v.SimulationMinutes.ToString(),
            ActorPlays = v.ActorPlays,
            ActorKnows = v.ActorKnows,
            ActorFeels = v.ActorFeels,
            ActorResponses = v.ActorResponses,
            ActorNeverSays = v.ActorNeverSays,
        };

    /// <summary>Writes the checked content onto a version; text is kept trimmed, as it was typed otherwise.</summary>
    public static void Apply(ScenarioContent c, ScenarioVersion v)
    {
        v.Title = c.Title!.Trim();
        v.CaseName = string.IsNullOrWhiteSpace(c.CaseName) ? null : c.CaseName.Trim();
        v.Part = c.For == StatusLevel.Practitioner ? c.Part!.Value : 1;
        v.SupervisesSocialWorker = c.SupervisesSocialWorker;
        v.Briefing = c.Briefing!.Trim();
        v.PreparationMinutes = c.PreparationMinutes!.Value;
        v.SimulationMinutes = c.SimulationMinutes!.Value;
        v.ActorPlays = c.ActorPlays!.Trim();
        v.ActorKnows = c.ActorKnows!.Trim();
        v.ActorFeels = c.ActorFeels!.Trim();
        v.ActorResponses = c.ActorResponses!.Trim();
        v.ActorNeverSays = c.ActorNeverSays!.Trim();
    }
}

/// <summary>One criterion of a marking guide as the author types it.</summary>
public sealed class CriterionDraft
{
    public string? Text { get; set; }
    public string? AreaId { get; set; }
    public string? NotShown { get; set; }
    public string? PartlyShown { get; set; }
    public string? Shown { get; set; }
    public string? StronglyShown { get; set; }
}
