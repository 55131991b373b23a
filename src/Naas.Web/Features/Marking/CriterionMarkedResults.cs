using Naas.Data.Entities;
using Naas.Domain.Marking;
using Naas.Web.Features.Administration;
using Naas.Web.Features.Results;
using Naas.Web.Features.StandardSetting;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Marking;

/// <summary>How an element marked against criteria in the service (the written script, the reflective conversation)
/// becomes the element's mark: only while the assessment takes the element and its results are not released, with
/// the pass mark adopted for the element and status (¶40), scaled in proportion where the panels rated a different
/// total, through <see cref="MarkRecorder"/> like every other mark.</summary>
public sealed class CriterionMarkedResults(
    AssessmentViews assessments,
    AdoptedPassMarks passMarks,
    MarkRecorder marks,
    PolicyStore policy
)
{
    /// <summary>The mark ready to stage, or why it waits, in words for the programme.</summary>
    public sealed record Plan(AssessmentView View, decimal PassMark, bool Scaled);

    public async Task<(Plan? Plan, string? Waiting)> PlanAsync(
        Guid endorsementId,
        string element,
        decimal maxScore,
        CancellationToken ct
    )
    {
        // Read across scope: it is the service's own step after a marker's decision, not a reading by them.
        var view = await assessments.ViewAsync(endorsementId, ct, crossScope: true);
        if (view is null)
            return (null, "There is no such assessment");
        // "written exercise", "in-depth interview": how the element is named in a sentence.
        var words = Words.Element(element).ToLowerInvariant();
        if (view.Release is not null)
            return (
                null,
                "Results for this assessment have been released: a change now goes through an independent review"
            );
        if (view.Elements.All(e => e.Element != element))
            return (null, $"This status's assessment model has no {words} element");
        if (!view.Endorsement.Takes(element))
            return (null, $"The {words} result is kept from the earlier assessment");
        var adopted = await passMarks.WithScaleAsync(element, view.Endorsement.Level, ct);
        if (adopted is not { } a || a.OutOf <= 0)
            return (
                null,
                $"No pass mark has been adopted for the {words} at this status: the panels' standard setting comes first (¶40)"
            );
        var (passMark, scaled) = CriterionMarks.PassMark(a.PassMark, a.OutOf, maxScore);
        return (new Plan(view, passMark, scaled), null);
    }

    /// <summary>Adds the element's mark if nothing holds it back, without saving, for the caller to save with its own
    /// record of the marks; null when it waits.</summary>
    public async Task<ElementMark?> StageIfReadyAsync(
        Guid endorsementId,
        string element,
        decimal score,
        decimal maxScore,
        string source,
        string? feedback,
        string actor,
        CancellationToken ct
    )
    {
        var (plan, _) = await PlanAsync(endorsementId, element, maxScore, ct);
        if (plan is null)
            return null;
        return await marks.StageMarkAsync(
            plan.View,
            element,
            score,
            maxScore,
            plan.PassMark,
            source + (plan.Scaled ? " (pass mark scaled to these marks)" : ""),
            null,
            actor,
            await policy.CurrentAsync(ct),
            ct,
            feedback
        );
    }
}
