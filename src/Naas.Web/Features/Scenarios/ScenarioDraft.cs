using Naas.Data.Entities;
using Naas.Domain.Scenarios;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.Scenarios;

/// <summary>What an author types for a scenario's briefing and actor's brief; the marking guide is added criterion by
/// criterion (<see cref="CriterionDraft"/>).</summary>
public sealed class ScenarioDraft
{
    /// <summary>Chosen when the scenario is written; fixed after, as its versions are about one status's case.</summary>
    public StatusLevel? For { get; set; }
    public string? Title { get; set; }
    public string? CaseName { get; set; }
    public int? Part { get; set; }

    /// <summary>"yes" or "no": whether the actor plays a social worker the candidate supervises.</summary>
    public string? SupervisesSocialWorker { get; set; }
    public string? Briefing { get; set; }
    public int? PreparationMinutes { get; set; }
    public int? SimulationMinutes { get; set; }
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
            Part,
            SupervisesSocialWorker == "yes",
            Briefing,
            PreparationMinutes,
            SimulationMinutes,
            ActorPlays,
            ActorKnows,
            ActorFeels,
            ActorResponses,
            ActorNeverSays
        );

    public static ScenarioDraft From(ScenarioVersion v) =>
        new()
        {
            For = v.Scenario?.For,
            Title = v.Title,
            CaseName = v.CaseName,
            Part = v.Part,
            SupervisesSocialWorker = v.SupervisesSocialWorker ? "yes" : "no",
            Briefing = v.Briefing,
            PreparationMinutes = v.PreparationMinutes,
            SimulationMinutes = v.SimulationMinutes,
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
    public Guid? AreaId { get; set; }
    public string? NotShown { get; set; }
    public string? PartlyShown { get; set; }
    public string? Shown { get; set; }
    public string? StronglyShown { get; set; }
}
