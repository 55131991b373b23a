using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Results;
using Naas.Web.Features.Administration;
using Naas.Web.Features.Results;
using Naas.Web.Features.StandardSetting;

namespace Naas.Web.Features.Marking;

/// <summary>Records an element's mark (a marker's, a delivery partner's file, the knowledge test's own score, a re-mark
/// on review), checked by one set of rules and audited in the same transaction; a new mark supersedes the one
/// before.</summary>
public sealed class MarkRecorder(
    NaasDbContext db,
    AssessmentViews assessments,
    AdoptedPassMarks passMarks,
    PolicyStore policy,
    TimeProvider clock
)
{
    /// <summary>Grades the submitted knowledge test against its own form's pass mark and records it as the element's
    /// mark.</summary>
    public async Task<string?> MarkKnowledgeAsync(Guid endorsementId, string actor, CancellationToken ct)
    {
        var view = await assessments.ViewAsync(endorsementId, ct);
        if (view?.Release is not null)
            return "Results for this assessment have been released: a change now goes through an independent review";
        if (view?.UnmarkedKnowledge is not { } attempt)
            return "There is no submitted knowledge test waiting to be marked for this assessment";
        var rules = await policy.CurrentAsync(ct);
        return await AddMarkAsync(
            view,
            AssessmentViews.Knowledge,
            attempt.Score!.Value,
            attempt.MaxScore!.Value,
            attempt.PassMark,
            "Knowledge test",
            attempt.Id,
            actor,
            rules,
            ct
        );
    }

    /// <summary>Marks for an element not delivered in the system (observation, written, reflective), recorded by an
    /// authorised marker, with the same validation a delivery partner's file gets.</summary>
    /// <param name="crossScope">Set only by a caller that has itself established the right to mark this element (the
    /// marker assigned to it), whose account is outside every candidate's query filter.</param>
    public async Task<List<(string Field, string Message)>> RecordAsync(
        Guid endorsementId,
        string? element,
        string? score,
        string? max,
        string? passMark,
        string actor,
        CancellationToken ct,
        string? feedback = null,
        bool crossScope = false,
        string source = "Recorded by a marker"
    )
    {
        var view = await assessments.ViewAsync(endorsementId, ct, crossScope);
        if (view is null)
            return [("", "There is no such assessment")];
        var (problems, mark) = await CheckMarkAsync(view, element, score, max, passMark, feedback, ct);
        if (problems.Count > 0)
            return problems;
        var rules = await policy.CurrentAsync(ct);
        var refusal = await AddMarkAsync(
            view,
            mark!.Element,
            mark.Score,
            mark.Max,
            mark.PassMark,
            source,
            null,
            actor,
            rules,
            ct,
            mark.Feedback
        );
        return refusal is null ? [] : [("", refusal)];
    }

    /// <summary>The score, marks available and pass mark as typed, checked as numbers and against each other: the one
    /// rule for every mark the service records (elements, imports, re-accreditation's short assessment).</summary>
    public static (decimal? Score, decimal? Max, decimal? PassMark) CheckNumbers(
        string? score,
        string? max,
        string? passMark,
        List<(string Field, string Message)> problems
    )
    {
        decimal? Number(string? raw, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                problems.Add((field, $"Enter {label}"));
                return null;
            }
            if (
                !decimal.TryParse(raw.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
                || v < 0
                || v > 10_000
            )
            {
                problems.Add(
                    (
                        field,
                        $"{char.ToUpperInvariant(label[0])}{label[1..]} must be a number from 0 to 10,000, like 42 or 42.5"
                    )
                );
                return null;
            }
            return v;
        }
        var s = Number(score, "Score", "the score");
        var m = Number(max, "Max", "the marks available");
        var p = Number(passMark, "PassMark", "the pass mark");
        if (s is not null && m is not null && s > m)
            problems.Add(("Score", "The score cannot be more than the marks available"));
        if (p is not null && m is not null && (p > m || p == 0))
            problems.Add(("PassMark", "The pass mark must be more than 0 and no more than the marks available"));
        if (m == 0)
            problems.Add(("Max", "The marks available must be more than 0"));
        return (s, m, p);
    }

    public sealed record CheckedMark(string Element, decimal Score, decimal Max, decimal PassMark, string? Feedback);

    /// <summary>Every check on a marker's or a delivery partner's mark, saving nothing, so that an import can check
    /// every row before it saves any. Field names are the marker's form's; an import maps them to its
    /// columns.</summary>
    public async Task<(List<(string Field, string Message)> Problems, CheckedMark? Mark)> CheckMarkAsync(
        AssessmentView view,
        string? element,
        string? score,
        string? max,
        string? passMark,
        string? feedback,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        if (element is null || view.Elements.All(x => x.Element != element) || element == AssessmentViews.Knowledge)
            problems.Add(("Element", "Select an element of this status's assessment, other than the knowledge test"));
        else if (!view.Endorsement.Takes(element))
            problems.Add(
                (
                    "Element",
                    $"The {Infrastructure.Words.Element(element!).ToLowerInvariant()} result is kept from the earlier assessment: only {AssessmentViews.Taken(view.Endorsement)} is taken this time (¶75)"
                )
            );
        var (s, m, p) = CheckNumbers(score, max, passMark, problems);
        if (
            p is not null
            && element is not null
            && await passMarks.ForAsync(element, view.Endorsement.Level, ct) is { } adopted
            && adopted != p
        )
            problems.Add(
                (
                    "PassMark",
                    $"The pass mark adopted for this element after standard setting is {adopted:0.##}. Use it: a different pass mark needs a new standard-setting exercise"
                )
            );
        if (feedback?.Trim().Length > 4000)
            problems.Add(("Feedback", "The feedback must be 4,000 characters or fewer"));
        if (view.Release is not null)
            problems.Add(
                ("", "Results for this assessment have been released: a change now goes through an independent review")
            );
        return problems.Count > 0
            ? (problems, null)
            : (
                problems,
                new CheckedMark(
                    element!,
                    s!.Value,
                    m!.Value,
                    p!.Value,
                    string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim()
                )
            );
    }

    /// <summary>Records an element's mark, superseding any before it (a re-mark, by a marker or on independent review),
    /// audited. The caller has loaded the view, so it has already established who may change this assessment.</summary>
    internal async Task<string?> AddMarkAsync(
        AssessmentView view,
        string element,
        decimal score,
        decimal max,
        decimal passMark,
        string source,
        Guid? attemptId,
        string actor,
        EligibilityPolicy rules,
        CancellationToken ct,
        string? feedback = null
    )
    {
        await StageMarkAsync(view, element, score, max, passMark, source, attemptId, actor, rules, ct, feedback);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Adds the mark, supersedes the one before and records the change, without saving, for a caller that
    /// saves what else belongs with it in the same transaction.</summary>
    internal async Task<ElementMark> StageMarkAsync(
        AssessmentView view,
        string element,
        decimal score,
        decimal max,
        decimal passMark,
        string source,
        Guid? attemptId,
        string actor,
        EligibilityPolicy rules,
        CancellationToken ct,
        string? feedback = null
    )
    {
        var result = ElementGrading.Grade(
            score,
            max,
            passMark,
            rules.Value(EligibilityPolicy.Keys.NarrowFailMarginPercent)
        );
        var previous = await db
            .ElementMarks.IgnoreQueryFilters()
            .Where(x => x.EndorsementId == view.Endorsement.Id && x.Element == element && x.SupersededAt == null)
            .ToListAsync(ct);
        foreach (var old in previous)
            old.SupersededAt = clock.GetUtcNow();
        var mark = new ElementMark
        {
            EndorsementId = view.Endorsement.Id,
            SocialWorkerId = view.Person.Id,
            Element = element,
            Score = score,
            Max = max,
            PassMark = passMark,
            Result = result,
            Source = source,
            KnowledgeAttemptId = attemptId,
            RecordedBy = actor,
            RecordedAt = clock.GetUtcNow(),
            Feedback = feedback,
        };
        db.ElementMarks.Add(mark);
        db.Record(
            new ElementMarked(
                mark.Id,
                view.Person.Id,
                view.Endorsement.Id,
                view.Person.RegistrationNumber,
                element,
                score,
                max,
                passMark,
                result,
                source,
                previous.Select(o => new EarlierMark(o.Id, o.Score, o.Result)).ToList()
            ),
            view.Endorsement.OrganisationId
        );
        return mark;
    }
}
