using Naas.Domain.ItemBank;
using Naas.Domain.Workforce;

namespace Naas.Web.Features.Scenarios;

/// <summary>A new scenario was written, as version 1 in draft.</summary>
public sealed record ScenarioDrafted(Guid Version, string Reference, StatusLevel For, string Title)
    : ScenarioVersionChange(Version)
{
    public override string Action => "Drafted";

    public override string Summary() => $"{Reference} drafted for {For.ToString().ToLowerInvariant()}s: {Title}";
}

/// <summary>A draft's briefing, actor's brief or marking guide changed; <see cref="What"/> says which part.</summary>
public sealed record ScenarioEdited(Guid Version, string Reference, int Number, string What)
    : ScenarioVersionChange(Version)
{
    public override string Action => "Edited";

    public override string Summary() => $"{Reference} version {Number}: {What}";
}

/// <summary>A new draft version copied from a live or retired one, which stays as it was.</summary>
public sealed record ScenarioVersionDrafted(Guid Version, string Reference, int Number, Guid From)
    : ScenarioVersionChange(Version)
{
    public override string Action => "NewVersion";

    public override string Summary() => $"{Reference} version {Number} drafted from the version before";
}

/// <summary>A step of the scenario's life cycle (the item bank's: submitted, approved by another author, returned,
/// retired).</summary>
public sealed record ScenarioMoved(
    Guid Version,
    string Reference,
    int Number,
    ItemAction Step,
    ItemStatus From,
    ItemStatus To
) : ScenarioVersionChange(Version)
{
    public override string Action => Step.ToString();

    public override string Summary() =>
        $"{Reference} version {Number}: {From.ToString().ToLowerInvariant()} to {To.ToString().ToLowerInvariant()}";
}
