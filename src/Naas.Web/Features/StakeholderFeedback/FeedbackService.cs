using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Endorsements;
using Naas.Domain.StakeholderFeedback;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.StakeholderFeedback;

/// <summary>Structured feedback for practice leaders (issue 15, item 10; ¶43–45): a leader with a standing endorsement
/// nominates respondents by category; each answers against the leaders' standard through a link without an account;
/// the leader and the programme see the answers only in aggregate, and only for a category with at least the set number
/// of respondents (a policy setting, 3).</summary>
public sealed class FeedbackService(NaasDbContext db, PolicyStore policy, TimeProvider clock, IConfiguration config)
{
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
        var requests = (await db.FeedbackRequests.AsNoTracking().Where(r => r.SocialWorkerId == person).ToListAsync(ct))
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
