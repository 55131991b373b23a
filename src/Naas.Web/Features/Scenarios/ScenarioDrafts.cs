using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Web.Features.ItemBank;

namespace Naas.Web.Features.Scenarios;

/// <summary>Writing scenarios: a new one, changes to a draft, and a new version of a live or retired one. A version
/// that has been used in an assessment never changes (<see cref="ItemLifecycle"/>).</summary>
public sealed class ScenarioDrafts(NaasDbContext db, TimeProvider clock)
{
    public async Task<(ScenarioVersion? Saved, IReadOnlyList<(string Field, string Message)> Problems)> CreateAsync(
        ScenarioDraft draft,
        Guid author,
        string authorName,
        CancellationToken ct
    )
    {
        if (draft.Level is not { } level)
            return (null, [(nameof(ScenarioDraft.For), "Select which status the scenario assesses")]);
        var content = draft.ToContent(level);
        if (content.Validate() is { Count: > 0 } problems)
            return (null, problems);
        var scenario = new Scenario
        {
            Reference = await BankReferences.NextAsync(db.Scenarios.Select(s => s.Reference), "S", ct),
            For = level,
            CreatedAt = clock.GetUtcNow(),
        };
        var v = new ScenarioVersion
        {
            Scenario = scenario,
            Title = "",
            Briefing = "",
            ActorPlays = "",
            ActorKnows = "",
            ActorFeels = "",
            ActorResponses = "",
            ActorNeverSays = "",
            AuthorUserId = author,
            AuthorName = authorName,
        };
        ScenarioDraft.Apply(content, v);
        db.Scenarios.Add(scenario);
        db.ScenarioVersions.Add(v);
        db.Record(new ScenarioDrafted(v.Id, scenario.Reference, level, v.Title));
        await db.SaveChangesAsync(ct);
        return (v, []);
    }

    /// <summary>Changes a draft's briefing and actor's brief (an edit takes a version in review back to draft).</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> EditAsync(
        ScenarioVersion v,
        ScenarioDraft draft,
        Guid actor,
        CancellationToken ct
    )
    {
        if (Refusal(v, actor) is { } refusal)
            return [("", refusal)];
        var content = draft.ToContent(v.Scenario!.For);
        if (content.Validate() is { Count: > 0 } problems)
            return problems;
        ScenarioDraft.Apply(content, v);
        v.Status = ItemStatus.Draft;
        db.Record(new ScenarioEdited(v.Id, v.Scenario.Reference, v.Version, "briefing and actor's brief changed"));
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Why this version cannot be changed now, or null: the item bank's rule, in a scenario's words.</summary>
    public static string? Refusal(ScenarioVersion v, Guid actor) =>
        ItemLifecycle
            .Apply(v.Status, ItemAction.Edit, actor, v.AuthorUserId, v.FirstUsedAt is not null, "scenario")
            .Refusal;

    /// <summary>A draft copy of a live or retired version, marking guide and all; the earlier version is kept as it
    /// was, so every assessment can be explained against the version it used.</summary>
    public async Task<ScenarioVersion> NewVersionAsync(
        ScenarioVersion from,
        Guid author,
        string authorName,
        CancellationToken ct
    )
    {
        var number = await db.ScenarioVersions.Where(x => x.ScenarioId == from.ScenarioId).MaxAsync(x => x.Version, ct);
        var copy = new ScenarioVersion
        {
            ScenarioId = from.ScenarioId,
            Version = number + 1,
            Title = from.Title,
            CaseName = from.CaseName,
            Part = from.Part,
            SupervisesSocialWorker = from.SupervisesSocialWorker,
            Briefing = from.Briefing,
            PreparationMinutes = from.PreparationMinutes,
            SimulationMinutes = from.SimulationMinutes,
            ActorPlays = from.ActorPlays,
            ActorKnows = from.ActorKnows,
            ActorFeels = from.ActorFeels,
            ActorResponses = from.ActorResponses,
            ActorNeverSays = from.ActorNeverSays,
            Criteria = [.. from.Criteria],
            AuthorUserId = author,
            AuthorName = authorName,
        };
        db.ScenarioVersions.Add(copy);
        db.Record(new ScenarioVersionDrafted(copy.Id, from.Scenario!.Reference, copy.Version, from.Id));
        await db.SaveChangesAsync(ct);
        return copy;
    }
}
