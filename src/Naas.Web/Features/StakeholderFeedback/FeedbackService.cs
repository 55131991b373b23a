using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Endorsements;
using Naas.Domain.Results;
using Naas.Domain.StakeholderFeedback;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Features.Marking;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.StakeholderFeedback;

/// <summary>Structured feedback for practice leaders (issue 15, item 10; ¶43–45): a leader with a standing endorsement
/// nominates respondents by category; each answers against the leaders' standard through a link without an account;
/// the leader and the programme see the answers only in aggregate, and only for a category with at least the set number
/// of respondents (a policy setting, 3).</summary>
public sealed class FeedbackService(
    NaasDbContext db,
    PolicyStore policy,
    TimeProvider clock,
    IConfiguration config,
    CriterionMarkedResults results
)
{
    public const string Ready = "Ready to record";

    /// <summary>A practice leader's feedback as the programme sees it: each category's count and, where shown, its
    /// means; the mark it would make; and whether it is recorded, ready, or why it waits.</summary>
    public sealed record LeaderRow(
        Endorsement Endorsement,
        string Name,
        string Registration,
        IReadOnlyList<FeedbackRules.CategoryResult> Results,
        FeedbackRules.Score? Score,
        ElementMark? Recorded,
        string State
    );

    public sealed record Overview(
        Endorsement? Standing,
        IReadOnlyList<KnowledgeArea> Areas,
        IReadOnlyList<FeedbackRequest> Requests,
        IReadOnlyList<FeedbackRules.CategoryResult> Results,
        int Threshold
    );

    private string ServiceUrl => (config["Service:BaseUrl"] ?? "http://localhost:5000").TrimEnd('/');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private Task<List<KnowledgeArea>> AreasAsync(CancellationToken ct) =>
        db
            .KnowledgeAreas.AsNoTracking()
            .Where(a => a.StatusId == db.Statuses.Where(s => s.Level == StatusLevel.Leader).Select(s => s.Id).First())
            .OrderBy(a => a.Number)
            .ToListAsync(ct);

    public async Task<Overview> OverviewAsync(Guid person, CancellationToken ct)
    {
        var standing = await db
            .Endorsements.AsNoTracking()
            .Where(e =>
                e.SocialWorkerId == person
                && e.Level == StatusLevel.Leader
                && (e.State == EndorsementState.Agreed || e.State == EndorsementState.InAssessment)
            )
            .OrderByDescending(e => e.EndorsedAt)
            .FirstOrDefaultAsync(ct);
        var areas = await AreasAsync(ct);
        // Only what was asked for this assessment: a leader assessed again asks afresh (compared in memory: SQLite
        // cannot compare the times).
        var requests = (await db.FeedbackRequests.AsNoTracking().Where(r => r.SocialWorkerId == person).ToListAsync(ct))
            .Where(r => standing is null || r.RequestedAt >= standing.EndorsedAt)
            .OrderBy(r => r.Category)
            .ThenBy(r => r.RespondentName, StringComparer.Ordinal)
            .ToList();
        var threshold = (await policy.CurrentAsync(ct)).Value(EligibilityPolicy.Keys.FeedbackMinimumRespondents);
        var results = FeedbackRules.Aggregate(
            requests
                .Where(r => r.AnsweredAt is not null && r.Ratings.Count == areas.Count)
                .Select(r => (r.Category, (IReadOnlyList<int>)r.Ratings)),
            areas.Count,
            threshold
        );
        return new(standing, areas, requests, results, threshold);
    }

    /// <summary>Every practice leader whose standing assessment takes structured feedback, with what the programme
    /// may do about it. Reads only aggregates: never a single answer or comment.</summary>
    public async Task<List<LeaderRow>> LeadersAsync(CancellationToken ct, Guid? only = null)
    {
        var endorsements = (
            await db
                .Endorsements.AsNoTracking()
                .Where(e =>
                    e.Level == StatusLevel.Leader
                    && (e.State == EndorsementState.Agreed || e.State == EndorsementState.InAssessment)
                    && (only == null || e.Id == only)
                )
                .ToListAsync(ct)
        )
            .Where(e => e.Takes(FeedbackRules.Kind))
            .ToList();
        if (endorsements.Count == 0)
            return [];
        var ids = endorsements.Select(e => e.Id).ToList();
        var people = endorsements.Select(e => e.SocialWorkerId).ToList();
        var names = await db
            .SocialWorkers.AsNoTracking()
            .Where(p => people.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);
        var answered = await db
            .FeedbackRequests.AsNoTracking()
            .Where(r => people.Contains(r.SocialWorkerId) && r.AnsweredAt != null)
            .Select(r => new
            {
                r.SocialWorkerId,
                r.Category,
                r.Ratings,
                r.RequestedAt,
            })
            .ToListAsync(ct);
        var recorded = await db
            .ElementMarks.AsNoTracking()
            .Where(m => ids.Contains(m.EndorsementId) && m.Element == FeedbackRules.Kind && m.SupersededAt == null)
            .ToListAsync(ct);
        var areas = (await AreasAsync(ct)).Count;
        var rules = await policy.CurrentAsync(ct);
        var threshold = rules.Value(EligibilityPolicy.Keys.FeedbackMinimumRespondents);
        var minimum = rules.Value(EligibilityPolicy.Keys.FeedbackMinimumCategories);
        var rows = new List<LeaderRow>();
        foreach (var e in endorsements)
        {
            var aggregate = FeedbackRules.Aggregate(
                answered
                    .Where(a =>
                        a.SocialWorkerId == e.SocialWorkerId
                        && a.RequestedAt >= e.EndorsedAt
                        && a.Ratings.Count == areas
                    )
                    .Select(a => (a.Category, (IReadOnlyList<int>)a.Ratings)),
                areas,
                threshold
            );
            var mark = recorded.Where(m => m.EndorsementId == e.Id).MaxBy(m => m.RecordedAt);
            var (score, waiting) = FeedbackRules.Combine(aggregate, areas, threshold, minimum);
            string state;
            if (mark is not null)
                state = $"Recorded: {mark.Score:0.##} of {mark.Max:0.##}, {mark.Result.Words().ToLowerInvariant()}";
            else if (waiting is not null)
                state = waiting;
            else
                state = (await results.PlanAsync(e.Id, FeedbackRules.Kind, score!.Max, ct)).Waiting ?? Ready;
            var person = names[e.SocialWorkerId];
            rows.Add(new(e, person.FullName, person.RegistrationNumber, aggregate, score, mark, state));
        }
        return rows.OrderBy(r => r.Registration, StringComparer.Ordinal).ToList();
    }

    /// <summary>Scores a leader's structured feedback into the element's result with the adopted pass mark, from the
    /// categories shown at this moment; from then on the links already sent are closed. Null when recorded, otherwise
    /// why not.</summary>
    public async Task<string?> RecordAsync(Guid endorsementId, string actor, CancellationToken ct)
    {
        var row = (await LeadersAsync(ct, endorsementId)).SingleOrDefault();
        if (row is null)
            return "There is no practice leader's assessment taking structured feedback with that reference";
        if (row.Recorded is not null)
            return "This leader's structured feedback has been recorded";
        if (row.State != Ready)
            return row.State;
        var score = row.Score!;
        var areas = await AreasAsync(ct);
        var counted = string.Join(", ", score.Counted.Select(c => c.Words().ToLowerInvariant()));
        var feedback =
            $"Structured feedback from {Words.Count(score.Respondents, "respondent")} in {Words.Count(score.Counted.Count, "group")} ({counted}). "
            + "Mean rating for each area of the leaders' standard, from 1 (not seen) to 5 (consistently), each group weighed equally:\n"
            + string.Join("\n", areas.Select((a, i) => $"{a.Title}: {score.AreaMeans[i]:0.0#}"));
        var mark = await results.StageIfReadyAsync(
            endorsementId,
            FeedbackRules.Kind,
            score.Total,
            score.Max,
            $"Structured feedback, {Words.Count(score.Respondents, "respondent")} in {Words.Count(score.Counted.Count, "group")}",
            feedback.Length <= 4000 ? feedback : feedback[..3999] + "…",
            actor,
            ct
        );
        if (mark is null)
            return "The feedback could not be recorded: look at the leader's row for why";
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Why this leader can ask for no more feedback (it has been scored for the assessment), or null.</summary>
    private async Task<string?> ClosedAsync(Guid person, DateTimeOffset since, CancellationToken ct)
    {
        var recorded = await db
            .ElementMarks.IgnoreQueryFilters()
            .Where(m => m.SocialWorkerId == person && m.Element == FeedbackRules.Kind)
            .Select(m => m.RecordedAt)
            .ToListAsync(ct);
        // Compared in memory: SQLite cannot compare the times.
        return recorded.Any(at => at >= since)
            ? "This leader's structured feedback has been scored for their assessment, so it takes no more answers"
            : null;
    }

    public async Task<List<(string Field, string Message)>> NominateAsync(
        Guid person,
        RespondentCategory? category,
        string? name,
        string? email,
        CancellationToken ct
    )
    {
        var overview = await OverviewAsync(person, ct);
        if (overview.Standing is null)
            return
            [
                (
                    "",
                    "You can ask for structured feedback once your employer has endorsed you as a practice leader and you have agreed"
                ),
            ];
        if (await ClosedAsync(person, overview.Standing.EndorsedAt, ct) is not null)
            return
            [
                ("", "Your structured feedback has been scored for this assessment, so you cannot ask anyone else"),
            ];
        var problems = new List<(string, string)>();
        if (category is not { } c || !Enum.IsDefined(c))
            problems.Add(("Category", "Select who the respondent is to you"));
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
            problems.Add(("Name", "Enter the respondent's name, up to 200 characters"));
        if (string.IsNullOrWhiteSpace(email) || !PersonInput.IsEmail(email.Trim()))
            problems.Add(("Email", "Enter an email address in the correct format, like name@example.com"));
        else if (
            overview.Requests.Any(r =>
                string.Equals(r.RespondentEmail, email.Trim(), StringComparison.OrdinalIgnoreCase)
            )
        )
            problems.Add(("Email", "You have already asked this person"));
        if (problems.Count > 0)
            return problems;
        var token = Convert
            .ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=')
            .Replace('+', '-')
            .Replace('/', '_');
        var request = new FeedbackRequest
        {
            SocialWorkerId = person,
            Category = category!.Value,
            RespondentName = name!.Trim(),
            RespondentEmail = email!.Trim(),
            TokenHash = Hash(token),
            RequestedAt = clock.GetUtcNow(),
        };
        db.FeedbackRequests.Add(request);
        var leader = await db.SocialWorkers.AsNoTracking().SingleAsync(p => p.Id == person, ct);
        db.Record(new FeedbackRequested(request.Id, person, request.Category));
        db.Email(
            clock,
            request.RespondentEmail,
            $"{leader.FullName} asks for your feedback on their practice leadership",
            $"Dear {request.RespondentName},\n\n{leader.FullName} is being assessed for national accreditation as a practice leader, and has asked you, as one of their {request.Category.Words().ToLowerInvariant()}, for structured feedback against the leaders' standard. It takes about ten minutes, and you do not need an account.\n\nYour answers are seen only together with at least {overview.Threshold - 1} others of the same kind, never on their own.\n\n{ServiceUrl}{StakeholderFeedbackLinks.Respond(token)}\n"
        );
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>The request a link opens, read across scope (the respondent has no account: the token is their
    /// authority), with the leader's name and the standard's areas.</summary>
    public async Task<(FeedbackRequest Request, string Leader, List<KnowledgeArea> Areas)?> OpenAsync(
        string token,
        CancellationToken ct
    )
    {
        var hash = Hash(token);
        var request = await db.FeedbackRequests.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.TokenHash == hash, ct);
        if (request is null)
            return null;
        var leader = await db
            .SocialWorkers.IgnoreQueryFilters()
            .Where(p => p.Id == request.SocialWorkerId)
            .Select(p => p.GivenName + " " + p.FamilyName)
            .SingleAsync(ct);
        return (request, leader, await AreasAsync(ct));
    }

    public async Task<List<(string Field, string Message)>> AnswerAsync(
        string token,
        IReadOnlyList<int?> ratings,
        string? comment,
        CancellationToken ct
    )
    {
        if (await OpenAsync(token, ct) is not { } opened)
            return [("", "This link is not one the service sent")];
        if (opened.Request.AnsweredAt is not null)
            return [("", "You have already given your feedback: thank you")];
        if (await ClosedAsync(opened.Request.SocialWorkerId, opened.Request.RequestedAt, ct) is { } closed)
            return [("", closed)];
        var problems = FeedbackRules.Check(ratings, comment);
        if (ratings.Count != opened.Areas.Count)
            problems.Add(("", "Rate every area of the standard"));
        if (problems.Count > 0)
            return problems;
        var r = opened.Request;
        (r.Ratings, r.Comment, r.AnsweredAt) = (
            ratings.Select(x => x!.Value).ToList(),
            string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            clock.GetUtcNow()
        );
        // The audit says that an answer came, never what it was.
        db.Record(new FeedbackGiven(r.Id, r.SocialWorkerId, r.Category));
        await db.SaveChangesAsync(ct);
        return [];
    }
}
