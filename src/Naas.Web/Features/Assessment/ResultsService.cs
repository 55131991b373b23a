using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Results;
using Naas.Domain.Workforce;
using Naas.Web.Features.Admin;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Assessment;

/// <summary>An assessment's elements as they stand: each required element with its current mark, if any.</summary>
public sealed record AssessmentView(Endorsement Endorsement, SocialWorker Person, IReadOnlyList<(string Element, string Description, ElementMark? Mark)> Elements,
    ResultRelease? Release, KnowledgeAttempt? UnmarkedKnowledge);

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

    public async Task<AssessmentView?> ViewAsync(Guid endorsementId, CancellationToken ct)
    {
        var e = await db.Endorsements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == endorsementId, ct);
        if (e is null) return null;
        var person = await db.SocialWorkers.AsNoTracking().SingleAsync(p => p.Id == e.SocialWorkerId, ct);
        var marks = await db.ElementMarks.AsNoTracking().Where(m => m.EndorsementId == e.Id && m.SupersededAt == null).ToListAsync(ct);
        var elements = (await ElementsAsync(e.Level, ct)).Select(x => (x.Kind, x.Description, marks.Where(m => m.Element == x.Kind).MaxBy(m => m.RecordedAt))).ToList();
        var release = await db.ResultReleases.AsNoTracking().Where(r => r.EndorsementId == e.Id).OrderByDescending(r => r.ReleasedAt).FirstOrDefaultAsync(ct);
        var bookedAttempts = db.TestBookings.Where(b => b.EndorsementId == e.Id && b.AttemptId != null).Select(b => b.AttemptId);
        var knowledge = await db.KnowledgeAttempts.AsNoTracking().Where(a => bookedAttempts.Contains(a.Id) && a.SubmittedAt != null)
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
    public async Task<List<(string Field, string Message)>> RecordAsync(Guid endorsementId, string? element, string? score, string? max, string? passMark, string actor, CancellationToken ct, string? feedback = null)
    {
        var view = await ViewAsync(endorsementId, ct);
        if (view is null) return [("", "There is no such assessment")];
        var problems = new List<(string, string)>();
        if (element is null || view.Elements.All(x => x.Element != element) || element == Knowledge)
            problems.Add(("Element", "Select an element of this status's assessment, other than the knowledge test"));
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
        if (p is not null && element is not null && await StandardSetting.StandardSettingService.AdoptedPassMarkAsync(db, element, view.Endorsement.Level, ct) is { } adopted && adopted != p)
            problems.Add(("PassMark", $"The pass mark adopted for this element after standard setting is {adopted:0.##}. Use it: a different pass mark needs a new standard-setting exercise"));
        if (feedback?.Trim().Length > 4000) problems.Add(("Feedback", "The feedback must be 4,000 characters or fewer"));
        if (view.Release is not null) problems.Add(("", "Results for this assessment have been released: a change now goes through an independent review"));
        if (problems.Count > 0) return problems;
        var rules = await policy.CurrentAsync(ct);
        var refusal = await AddMarkAsync(view, element!, s!.Value, m!.Value, p!.Value, "Recorded by a marker", null, actor, rules, ct, string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim());
        return refusal is null ? [] : [("", refusal)];
    }

    private async Task<string?> AddMarkAsync(AssessmentView view, string element, decimal score, decimal max, decimal passMark, string source, Guid? attemptId,
        string actor, EligibilityPolicy rules, CancellationToken ct, string? feedback = null)
    {
        var result = ElementGrading.Grade(score, max, passMark, rules.Value(EligibilityPolicy.Keys.NarrowFailMarginPercent));
        var previous = await db.ElementMarks.Where(x => x.EndorsementId == view.Endorsement.Id && x.Element == element && x.SupersededAt == null).ToListAsync(ct);
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

    /// <summary>Releases every element's result together with the outcome, awarding the status on a pass.</summary>
    public async Task<(ResultRelease? Release, string? Problem)> ReleaseAsync(Guid endorsementId, string actor, CancellationToken ct)
    {
        var view = await ViewAsync(endorsementId, ct);
        if (view is null) return (null, "There is no such assessment");
        if (view.Release is not null) return (null, "These results have already been released");
        if (view.UnmarkedKnowledge is not null) return (null, "Mark the submitted knowledge test first");
        var rules = await policy.CurrentAsync(ct);
        var today = clock.Today();
        var results = view.Elements.Where(x => x.Mark is not null).ToDictionary(x => x.Element, x => x.Mark!.Result);
        var outcome = OutcomeRules.Decide(view.Elements.Select(x => x.Element).ToList(), results, null, today,
            new RetakeSettings(rules.Value(EligibilityPolicy.Keys.ElementRetakeWithinMonths), rules.Value(EligibilityPolicy.Keys.WholeRetakeAfterMonths)));
        if (outcome is Outcome.Incomplete incomplete) return (null, $"Every element needs a result before release. Missing: {string.Join(", ", incomplete.Missing)}");
        var release = new ResultRelease
        {
            EndorsementId = endorsementId, SocialWorkerId = view.Person.Id, ReleasedAt = clock.GetUtcNow(), ReleasedBy = actor,
            Outcome = outcome switch { Outcome.Accredited => "Accredited", Outcome.RetakeElement => "RetakeElement", _ => "RetakeWhole" },
            RetakeElement = (outcome as Outcome.RetakeElement)?.Element, RetakeBy = (outcome as Outcome.RetakeElement)?.By,
            RetakeNotBefore = (outcome as Outcome.RetakeWhole)?.NotBefore, Reason = (outcome as Outcome.RetakeWhole)?.Reason,
        };
        db.ResultReleases.Add(release);
        db.Audit("ResultRelease", release.Id, "Released", $"{view.Person.RegistrationNumber} {view.Endorsement.Level.Name()} results released: {release.Outcome}", organisationId: view.Endorsement.OrganisationId);
        if (outcome is Outcome.Accredited)
        {
            var accreditation = new Accreditation { SocialWorkerId = view.Person.Id, Level = view.Endorsement.Level, AwardedOn = today, EndorsementId = endorsementId, CertificateNumber = NewCertificateNumber() };
            db.Accreditations.Add(accreditation);
            db.Audit("Accreditation", accreditation.Id, "Awarded", $"{view.Person.RegistrationNumber} accredited as a {view.Endorsement.Level.Name()}, certificate {accreditation.CertificateNumber}", organisationId: view.Endorsement.OrganisationId);
        }
        // The candidate hears first (¶74): their email is written in the same transaction.
        if (view.Person.Email is { Length: > 0 } email)
            db.OutboxMessages.Add(new OutboxMessage
            {
                Kind = "ResultsReleased", Recipient = email, Subject = "Your assessment results are ready", CreatedAt = clock.GetUtcNow(),
                Body = "Your results are ready. Sign in to see them, with feedback and what happens next.",
            });
        await db.SaveChangesAsync(ct);
        return (release, null);
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
