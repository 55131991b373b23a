using Naas.Domain.Workforce;
using Words = Naas.Web.Infrastructure.Words;

namespace Naas.Web.Features.StandardSetting;

/// <summary>A standard-setting exercise was set up with two independent panels.</summary>
public sealed record ExerciseCreated(Guid Exercise, string Element, StatusLevel Level, int Panel1, int Panel2)
    : StandardSettingExerciseChange(Exercise)
{
    public override string Action => "Created";

    public override string Summary() => $"{Element} for {Level.Name()}: panel 1 {Panel1}, panel 2 {Panel2} panellists";
}

/// <summary>Round 2 opened after the panels discussed their round 1 ratings.</summary>
public sealed record RoundTwoOpened(Guid Exercise) : StandardSettingExerciseChange(Exercise)
{
    public override string Action => "Round2";

    public override string Summary() => "Round 2 opened after discussion";
}

/// <summary>Both panels finished rating.</summary>
public sealed record ExerciseClosed(Guid Exercise) : StandardSettingExerciseChange(Exercise)
{
    public override string Action => "Closed";

    public override string Summary() => "Both panels closed";
}

/// <summary>The programme adopted a pass mark from the panels' recommendations, with its rationale; the mark it
/// replaces and the item ratings it set are part of the change.</summary>
public sealed record PassMarkAdopted(
    Guid Exercise,
    string Element,
    StatusLevel Level,
    decimal PassMark,
    decimal Panel1Cut,
    decimal Panel2Cut,
    decimal? Replaced,
    DateTimeOffset? ReplacedAdoptedAt,
    int? ItemsRated,
    string Rationale
) : StandardSettingExerciseChange(Exercise)
{
    public override string Action => "Adopted";
    public override string? GivenReason => Rationale;

    public override string Summary() =>
        $"{Element} for {Level.Name()}: pass mark {PassMark:0.##} adopted (panel 1 {Panel1Cut:0.##}, panel 2 {Panel2Cut:0.##})"
        + (Replaced is null ? "" : $", replacing {Replaced:0.##} adopted on {ReplacedAdoptedAt:d MMMM yyyy}")
        + (ItemsRated is { } n ? $"; ratings set on {Words.Count(n, "item")}" : "");
}
