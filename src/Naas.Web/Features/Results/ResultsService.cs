using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Endorsements;
using Naas.Domain.Marking;
using Naas.Domain.Results;
using Naas.Domain.Reviews;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Results;

/// <summary>An assessment's elements as they stand: each required element with its current mark, if any.</summary>
public sealed record AssessmentView(Endorsement Endorsement, SocialWorker Person, IReadOnlyList<(string Element, string Description, ElementMark? Mark)> Elements,
    ResultRelease? Release, KnowledgeAttempt? UnmarkedKnowledge);

/// <summary>What a new endorsement for a status would start: Previous is the assessment it follows (null for a first
/// one); Elements the elements taken (null for all); SingleElement the ¶75 single-element retake; or a Refusal.</summary>
public sealed record RetakePlan(Endorsement? Previous, IReadOnlyList<string>? Elements, string? SingleElement, string? Refusal);

/// <summary>Marks per element, release of results with the outcome rules (¶74–76), and the accreditation that
/// follows a pass, with its certificate number. Every change is audited in the same transaction.</summary>
public sealed class ResultsService(NaasDbContext db, PolicyStore policy, TimeProvider clock)
{
    public const string Knowledge = "Knowledge";

    /// <summary>The elements the endorsed status's assessment model requires, in order (the latest model in effect).</summary>
    public async Task<List<(string Kind, string Description)>> ElementsAsync(StatusLevel level, CancellationToken ct)
    {
        var today = clock.Today();
        var model = await db.AssessmentModels.AsNoTracking().Include(m => m.Elements)
            .Where(m => m.Status!.Level == level && m.EffectiveFrom <= today).OrderByDescending(m => m.Version).FirstOrDefaultAsync(ct);
        return model?.Elements.OrderBy(e => e.Order).Select(e => (e.Kind, e.Description)).ToList() ?? [];
    }

    /// <param name="crossScope">Set only by a caller that has itself established the right to read this assessment
    /// (an assigned independent reviewer), whose account is outside every candidate's query filter.</param>
    public async Task<AssessmentView?> ViewAsync(Guid endorsementId, CancellationToken ct, bool crossScope = false)
    {
        IQueryable<T> Q<T>(IQueryable<T> set) where T : class => crossScope ? set.IgnoreQueryFilters() : set;
        var e = await Q(db.Endorsements).AsNoTracking().SingleOrDefaultAsync(x => x.Id == endorsementId, ct);
        if (e is null) return null;
        var person = await Q(db.SocialWorkers).AsNoTracking().SingleAsync(p => p.Id == e.SocialWorkerId, ct);
        var marks = await Q(db.ElementMarks).AsNoTracking().Where(m => m.EndorsementId == e.Id && m.SupersededAt == null).ToListAsync(ct);
        var elements = (await ElementsAsync(e.Level, ct)).Select(x => (x.Kind, x.Description, marks.Where(m => m.Element == x.Kind).MaxBy(m => m.RecordedAt))).ToList();
        var release = await Q(db.ResultReleases).AsNoTracking().Where(r => r.EndorsementId == e.Id && r.SupersededAt == null).OrderByDescending(r => r.ReleasedAt).FirstOrDefaultAsync(ct);
        var bookedAttempts = Q(db.TestBookings).Where(b => b.EndorsementId == e.Id && b.AttemptId != null).Select(b => b.AttemptId);
        var knowledge = await Q(db.KnowledgeAttempts).AsNoTracking().Where(a => bookedAttempts.Contains(a.Id) && a.SubmittedAt != null)
            .OrderByDescending(a => a.SubmittedAt).FirstOrDefaultAsync(ct);
        var unmarked = knowledge is not null && !marks.Any(m => m.KnowledgeAttemptId == knowledge.Id) ? knowledge : null;
        return new AssessmentView(e, person, elements, release, unmarked);
    }

    /// <summary>Grades the submitted knowledge test against its own form's pass mark and records it as the element's mark.</summary>
    public async Task<string?> MarkKnowledgeAsync(Guid endorsementId, string actor, CancellationToken ct)
    {
        var view = await ViewAsync(endorsementId, ct);
        if (view?.Release is not null) return "Results for this assessment have been released: a change now goes through an independent review";
        if (view?.UnmarkedKnowledge is not { } attempt) return "There is no submitted knowledge test waiting to be marked for this assessment";
        var rules = await policy.CurrentAsync(ct);
        return await AddMarkAsync(view, Knowledge, attempt.Score!.Value, attempt.MaxScore!.Value, attempt.PassMark, "Knowledge test", attempt.Id, actor, rules, ct);
    }

    /// <summary>Marks for an element not delivered in the system (observation, written, reflective), recorded by an
    /// authorised marker, with the same validation a delivery partner's file gets.</summary>
    /// <param name="crossScope">Set only by a caller that has itself established the right to mark this element (the
    /// marker assigned to it), whose account is outside every candidate's query filter.</param>
    public async Task<List<(string Field, string Message)>> RecordAsync(Guid endorsementId, string? element, string? score, string? max, string? passMark, string actor,
        CancellationToken ct, string? feedback = null, bool crossScope = false, string source = "Recorded by a marker")
    {
        var view = await ViewAsync(endorsementId, ct, crossScope);
        if (view is null) return [("", "There is no such assessment")];
        var (problems, mark) = await CheckMarkAsync(view, element, score, max, passMark, feedback, ct);
        if (problems.Count > 0) return problems;
        var rules = await policy.CurrentAsync(ct);
        var refusal = await AddMarkAsync(view, mark!.Element, mark.Score, mark.Max, mark.PassMark, source, null, actor, rules, ct, mark.Feedback);
        return refusal is null ? [] : [("", refusal)];
    }

    /// <summary>The score, marks available and pass mark as typed, checked as numbers and against each other: the one
    /// rule for every mark the service records (elements, imports, re-accreditation's short assessment).</summary>
    public static (decimal? Score, decimal? Max, decimal? PassMark) CheckNumbers(string? score, string? max, string? passMark, List<(string Field, string Message)> problems)
    {
        decimal? Number(string? raw, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(raw)) { problems.Add((field, $"Enter {label}")); return null; }
            if (!decimal.TryParse(raw.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) || v < 0 || v > 10_000)
            { problems.Add((field, $"{char.ToUpperInvariant(label[0])}{label[1..]} must be a number from 0 to 10,000, like 42 or 42.5")); return null; }
            return v;
        }
        var s = Number(score, "Score", "the score");
        var m = Number(max, "Max", "the marks available");
        var p = Number(passMark, "PassMark", "the pass mark");
        if (s is not null && m is not null && s > m) problems.Add(("Score", "The score cannot be more than the marks available"));
        if (p is not null && m is not null && (p > m || p == 0)) problems.Add(("PassMark", "The pass mark must be more than 0 and no more than the marks available"));
        if (m == 0) problems.Add(("Max", "The marks available must be more than 0"));
        return (s, m, p);
    }

    public sealed record CheckedMark(string Element, decimal Score, decimal Max, decimal PassMark, string? Feedback);

    /// <summary>Every check on a marker's or a delivery partner's mark, saving nothing, so that an import can check
    /// every row before it saves any. Field names are the marker's form's; an import maps them to its columns.</summary>
    public async Task<(List<(string Field, string Message)> Problems, CheckedMark? Mark)> CheckMarkAsync(AssessmentView view, string? element, string? score, string? max,
        string? passMark, string? feedback, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        if (element is null || view.Elements.All(x => x.Element != element) || element == Knowledge)
            problems.Add(("Element", "Select an element of this status's assessment, other than the knowledge test"));
        else if (!view.Endorsement.Takes(element))
            problems.Add(("Element", $"The {Infrastructure.Words.Element(element!).ToLowerInvariant()} result is kept from the earlier assessment: only {Taken(view.Endorsement)} is taken this time (¶75)"));
        var (s, m, p) = CheckNumbers(score, max, passMark, problems);
        if (p is not null && element is not null && await StandardSetting.StandardSettingService.AdoptedPassMarkAsync(db, element, view.Endorsement.Level, ct) is { } adopted && adopted != p)
            problems.Add(("PassMark", $"The pass mark adopted for this element after standard setting is {adopted:0.##}. Use it: a different pass mark needs a new standard-setting exercise"));
        if (feedback?.Trim().Length > 4000) problems.Add(("Feedback", "The feedback must be 4,000 characters or fewer"));
        if (view.Release is not null) problems.Add(("", "Results for this assessment have been released: a change now goes through an independent review"));
        return problems.Count > 0 ? (problems, null)
            : (problems, new CheckedMark(element!, s!.Value, m!.Value, p!.Value, string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim()));
    }

    /// <summary>Records an element's mark, superseding any before it (a re-mark, by a marker or on independent review),
    /// audited. The caller has loaded the view, so it has already established who may change this assessment.</summary>
    internal async Task<string?> AddMarkAsync(AssessmentView view, string element, decimal score, decimal max, decimal passMark, string source, Guid? attemptId,
        string actor, EligibilityPolicy rules, CancellationToken ct, string? feedback = null)
    {
        var result = ElementGrading.Grade(score, max, passMark, rules.Value(EligibilityPolicy.Keys.NarrowFailMarginPercent));
        var previous = await db.ElementMarks.IgnoreQueryFilters().Where(x => x.EndorsementId == view.Endorsement.Id && x.Element == element && x.SupersededAt == null).ToListAsync(ct);
        foreach (var old in previous) old.SupersededAt = clock.GetUtcNow();
        var mark = new ElementMark
        {
            EndorsementId = view.Endorsement.Id, SocialWorkerId = view.Person.Id, Element = element, Score = score, Max = max, PassMark = passMark, Result = result,
            Source = source, KnowledgeAttemptId = attemptId, RecordedBy = actor, RecordedAt = clock.GetUtcNow(), Feedback = feedback,
        };
        db.ElementMarks.Add(mark);
        db.Audit("ElementMark", mark.Id, previous.Count == 0 ? "Marked" : "Remarked",
            $"{view.Person.RegistrationNumber} {element}: {score:0.##} of {max:0.##}, pass mark {passMark:0.##}, {result}" +
            (previous.Count == 0 ? "" : $" (was {string.Join(", ", previous.Select(o => $"{o.Score:0.##} {o.Result}"))})"), organisationId: view.Endorsement.OrganisationId);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static string Taken(Endorsement e) => e.RetakeElements is null ? "every element" : $"the {string.Join(" and ", e.RetakeElements.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(k => Infrastructure.Words.Element(k).ToLowerInvariant()))}";

    /// <summary>Releases every element's result together with the outcome, awarding the status on a pass.</summary>
    public async Task<(ResultRelease? Release, string? Problem)> ReleaseAsync(Guid endorsementId, string actor, CancellationToken ct)
    {
        var view = await ViewAsync(endorsementId, ct);
        if (view is null) return (null, "There is no such assessment");
        if (view.Release is not null) return (null, "These results have already been released");
        return await ReleaseViewAsync(view, actor, "Your results are ready", "Your results are ready. Sign in to see them, with feedback and what happens next.", ct);
    }

    /// <summary>Releases the results as the view has them: used for a first release and after a re-mark on review
    /// (once the release it replaces has been superseded).</summary>
    internal async Task<(ResultRelease? Release, string? Problem)> ReleaseViewAsync(AssessmentView view, string actor, string subject, string body, CancellationToken ct)
    {
        var endorsementId = view.Endorsement.Id;
        if (view.UnmarkedKnowledge is not null) return (null, "Mark the submitted knowledge test first");
        var rules = await policy.CurrentAsync(ct);
        var today = clock.Today();
        // A retake's kept results were carried onto it when it was endorsed, so these are the combined results (¶75).
        var results = view.Elements.Where(x => x.Mark is not null).ToDictionary(x => x.Element, x => x.Mark!.Result);
        var outcome = OutcomeRules.Decide(view.Elements.Select(x => x.Element).ToList(), results, view.Endorsement.SingleElementRetake, today,
            new RetakeSettings(rules.Value(EligibilityPolicy.Keys.ElementRetakeWithinMonths), rules.Value(EligibilityPolicy.Keys.WholeRetakeAfterMonths)));
        if (outcome is Outcome.Incomplete incomplete) return (null, $"Every element needs a result before release. Missing: {string.Join(", ", incomplete.Missing.Select(Infrastructure.Words.Element))}");
        // The caller established access (the release page is the programme's; a re-mark is the assigned reviewer's).
        var endorsement = await db.Endorsements.IgnoreQueryFilters().SingleAsync(x => x.Id == endorsementId, ct);
        // Through the domain's transition, like every other change of an endorsement's state; a re-mark on review
        // releases again for an endorsement already completed.
        EndorsementState? completed = null;
        if (endorsement.State != EndorsementState.Completed)
        {
            var (next, refusal) = EndorsementTransitions.Apply(endorsement.State, EndorsementAction.Complete);
            if (next is null) return (null, refusal);
            completed = next;
        }
        var release = new ResultRelease
        {
            EndorsementId = endorsementId, SocialWorkerId = view.Person.Id, ReleasedAt = clock.GetUtcNow(), ReleasedBy = actor,
            Outcome = outcome switch { Outcome.Accredited => "Accredited", Outcome.RetakeElement => "RetakeElement", _ => "RetakeWhole" },
            RetakeElement = (outcome as Outcome.RetakeElement)?.Element, RetakeBy = (outcome as Outcome.RetakeElement)?.By,
            RetakeNotBefore = (outcome as Outcome.RetakeWhole)?.NotBefore, Reason = (outcome as Outcome.RetakeWhole)?.Reason is { } why ? Infrastructure.Words.Kinds(why) : null,
        };
        db.ResultReleases.Add(release);
        db.Audit("ResultRelease", release.Id, "Released", $"{view.Person.RegistrationNumber} {view.Endorsement.Level.Name()} results released: {Infrastructure.Words.Outcome(release.Outcome).ToLowerInvariant()}", organisationId: view.Endorsement.OrganisationId);
        if (completed is { } state)
        {
            endorsement.State = state;
            db.Audit("Endorsement", endorsement.Id, "Completed", "Results released: this endorsement's assessment is over", organisationId: endorsement.OrganisationId);
        }
        if (outcome is Outcome.Accredited)
        {
            var accreditation = new Accreditation
            {
                SocialWorkerId = view.Person.Id, Level = view.Endorsement.Level, AwardedOn = today, EndorsementId = endorsementId, CertificateNumber = NewCertificateNumber(),
                ReaccreditationDue = today.AddYears(rules.Value(EligibilityPolicy.Keys.ReaccreditationYears)),
                StatusListIndex = await Naas.Web.Features.Accreditations.AccreditationService.AllocateStatusIndexAsync(db, ct),
            };
            db.Accreditations.Add(accreditation);
            db.Audit("Accreditation", accreditation.Id, "Awarded", $"{view.Person.RegistrationNumber} accredited as a {view.Endorsement.Level.Name()}, certificate {accreditation.CertificateNumber}", organisationId: view.Endorsement.OrganisationId);
        }
        // The candidate hears first (¶74): their email is written in the same transaction.
        if (view.Person.Email is { Length: > 0 } email)
            db.OutboxMessages.Add(new OutboxMessage
            {
                Kind = "ResultsReleased", Recipient = email, Subject = subject, CreatedAt = clock.GetUtcNow(), Body = body,
            });
        await db.SaveChangesAsync(ct);
        return (release, null);
    }

    /// <summary>What a new endorsement for this status would be (¶74–76): a first assessment (no previous), a retake
    /// of one narrowly failed element with the rest kept, or the whole assessment again; or why it cannot start
    /// now. Reads the person's earlier results whichever employer endorsed them, because the rules follow the
    /// person, not the employer; only the dates and elements leave this method, never the marks.</summary>
    public async Task<RetakePlan> RetakePlanAsync(Guid personId, StatusLevel level, CancellationToken ct)
    {
        var previous = await db.Endorsements.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.SocialWorkerId == personId && e.Level == level && e.State == EndorsementState.Completed)
            .OrderByDescending(e => e.EndorsedAt).FirstOrDefaultAsync(ct);
        if (previous is null) return new RetakePlan(null, null, null, null);
        var release = await db.ResultReleases.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.EndorsementId == previous.Id && r.SupersededAt == null).SingleOrDefaultAsync(ct);
        if (release is null) return new RetakePlan(null, null, null, null);
        var reviewOpen = await db.ReviewRequests.IgnoreQueryFilters().AnyAsync(r => r.ReleaseId == release.Id
            && r.State != Domain.Reviews.ReviewState.Decided && r.State != Domain.Reviews.ReviewState.NotSupported, ct);
        if (reviewOpen) return new RetakePlan(previous, null, null, "An independent review of their last results is under way. Wait for its decision before endorsing them again (¶42).");
        Outcome outcome = release.Outcome switch
        {
            "Accredited" => new Outcome.Accredited(),
            "RetakeElement" => new Outcome.RetakeElement(release.RetakeElement!, release.RetakeBy!.Value),
            _ => new Outcome.RetakeWhole(release.RetakeNotBefore!.Value, release.Reason ?? ""),
        };
        var elements = (await ElementsAsync(level, ct)).Select(x => x.Kind).ToList();
        var (allowed, taken, refusal) = OutcomeRules.RetakeAllowed(outcome, elements, reEndorsed: true, clock.Today());
        // The domain's refusal is worded for the candidate; the employer endorsing reads its own words.
        if (!allowed) return new RetakePlan(previous, null, null, outcome switch
        {
            Outcome.RetakeWhole w => $"They can take the whole assessment again from {w.NotBefore.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} (¶76).",
            _ => refusal,
        });
        var single = taken.Count < elements.Count && taken.Count == 1 ? taken[0] : null;
        return new RetakePlan(previous, single is null ? null : taken, single, null);
    }

    /// <summary>Carries the kept results onto a retake (¶75): copies of the earlier assessment's current marks for
    /// every element not taken again, each audited, so the retake's release judges the combined results.</summary>
    public async Task CarryKeptMarksAsync(Endorsement next, Guid previousEndorsementId, CancellationToken ct)
    {
        // The employer re-endorsing cannot read marks; the copy is made on the person's behalf and never shown here.
        var kept = await db.ElementMarks.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.EndorsementId == previousEndorsementId && m.SupersededAt == null).ToListAsync(ct);
        foreach (var m in kept.Where(m => !next.Takes(m.Element)))
        {
            var copy = new ElementMark
            {
                EndorsementId = next.Id, SocialWorkerId = m.SocialWorkerId, Element = m.Element, Score = m.Score, Max = m.Max, PassMark = m.PassMark,
                Result = m.Result, Source = $"Kept from {Clock.UkDate(m.RecordedAt)}", KnowledgeAttemptId = m.KnowledgeAttemptId,
                RecordedBy = "Kept result", RecordedAt = clock.GetUtcNow(), Feedback = m.Feedback,
            };
            db.ElementMarks.Add(copy);
            db.Audit("ElementMark", copy.Id, "Kept", $"{m.Element} result {m.Result} kept from the earlier assessment for the retake", organisationId: next.OrganisationId);
        }
    }

    /// <summary>Certificate numbers people can read out: no 0/O or 1/I, random so they cannot be guessed in sequence.</summary>
    public static string NewCertificateNumber()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Span<char> c = stackalloc char[10];
        for (var i = 0; i < c.Length; i++) c[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        return $"NAAS-{c[..5]}-{c[5..]}";
    }
}
