using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Eligibility;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Reaccreditations;

/// <summary>One accreditation's re-accreditation as it stands: the due date, the CPD hours counted since it was
/// awarded or last renewed, what the settings need, and any re-accreditation under way.</summary>
public sealed record ReaccreditationView(
    Accreditation Accreditation,
    decimal Hours,
    int HoursNeeded,
    bool EndorsementNeeded,
    bool ShortAssessmentNeeded,
    Reaccreditation? Pending,
    IReadOnlyList<(Guid Id, string Name)> Employers,
    Reaccreditation? LastClosed = null
)
{
    public bool HoursMet => Hours >= HoursNeeded;

    /// <summary>What a request under way is waiting for, in words for the social worker.</summary>
    public string? Waiting =>
        Pending is not { } p
            ? null
            : string.Join(
                " and ",
                new[]
                {
                    p.OrganisationId is not null && p.EmployerEndorsedAt is null ? "your employer to endorse it" : null,
                    p.ShortAssessmentRequired && p.ShortAssessmentScore is null
                        ? "your short assessment (the programme will contact you to arrange it)"
                        : null,
                }.OfType<string>()
            );
}

/// <summary>Light-touch re-accreditation (¶77–78): CPD hours logged against the standards, the employer's endorsement
/// and a short assessment, each needed or not as the settings say; the period is a setting too.</summary>
public sealed class ReaccreditationService(NaasDbContext db, PolicyStore policy, TimeProvider clock)
{
    public Task<List<CpdEntry>> LogAsync(Guid socialWorkerId, CancellationToken ct) =>
        db
            .CpdEntries.AsNoTracking()
            .Include(e => e.KnowledgeArea)
            .Where(e => e.SocialWorkerId == socialWorkerId)
            .OrderByDescending(e => e.Date)
            .ToListAsync(ct);

    /// <summary>The standards' areas for the statuses the social worker holds, to log CPD against.</summary>
    public async Task<List<KnowledgeArea>> AreasAsync(Guid socialWorkerId, CancellationToken ct)
    {
        var levels = await db
            .Accreditations.Where(a => a.SocialWorkerId == socialWorkerId && a.RevokedAt == null)
            .Select(a => a.Level)
            .Distinct()
            .ToListAsync(ct);
        return await db
            .KnowledgeAreas.AsNoTracking()
            .Where(k => db.Statuses.Any(s => s.Id == k.StatusId && levels.Contains(s.Level)))
            .OrderBy(k => k.StatusId)
            .ThenBy(k => k.Number)
            .ToListAsync(ct);
    }

    public async Task<List<ReaccreditationView>> ViewsAsync(Guid socialWorkerId, CancellationToken ct)
    {
        var rules = await policy.CurrentAsync(ct);
        var accreditations = await db
            .Accreditations.AsNoTracking()
            .Where(a =>
                a.SocialWorkerId == socialWorkerId && a.RevokedAt == null && a.IsCurrent && a.ReaccreditationDue != null
            )
            .ToListAsync(ct);
        var log = await db.CpdEntries.AsNoTracking().Where(e => e.SocialWorkerId == socialWorkerId).ToListAsync(ct);
        var today = clock.Today();
        var employers = await db
            .Engagements.AsNoTracking()
            .Where(e => e.SocialWorkerId == socialWorkerId)
            .Include(e => e.Organisation)
            .ToListAsync(ct);
        var current = employers
            .Where(e => e.IsCurrent(today) && e.Organisation!.Kind != OrganisationKind.EmploymentAgency)
            .Select(e => (e.OrganisationId, e.Organisation!.Name))
            .Distinct()
            .ToList();
        var all = await db
            .Reaccreditations.AsNoTracking()
            .Where(r => r.SocialWorkerId == socialWorkerId)
            .OrderByDescending(r => r.SubmittedAt)
            .ToListAsync(ct);
        var views = new List<ReaccreditationView>();
        foreach (var a in accreditations)
        {
            var reaccreditations = all.Where(r => r.AccreditationId == a.Id).ToList();
            var since = reaccreditations
                .Where(r => r.CompletedAt != null)
                .Select(r => Clock.UkDay(r.CompletedAt!.Value))
                .DefaultIfEmpty(a.AwardedOn)
                .Max();
            views.Add(
                new ReaccreditationView(
                    a,
                    log.Where(e => e.Date >= since).Sum(e => e.Hours),
                    rules.Value(EligibilityPolicy.Keys.ReaccreditationCpdHours),
                    rules.Value(EligibilityPolicy.Keys.ReaccreditationEndorsement) == 1,
                    rules.Value(EligibilityPolicy.Keys.ReaccreditationShortAssessment) == 1,
                    reaccreditations.FirstOrDefault(r => r.CompletedAt == null && r.ClosedAt == null),
                    current,
                    reaccreditations.FirstOrDefault(r =>
                        r.ClosedAt != null && !reaccreditations.Any(x => x.SubmittedAt > r.SubmittedAt)
                    )
                )
            );
        }
        return views;
    }

    public async Task<List<(string Field, string Message)>> AddCpdAsync(
        Guid socialWorkerId,
        Infrastructure.GovUk.DateInput date,
        string? hours,
        string? area,
        string? description,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        var today = clock.Today();
        if (!date.TryGet("Date of the CPD", required: true, out var d, out var dateProblem))
            problems.Add(("Date", dateProblem!));
        else if (d > today)
            problems.Add(("Date", "The date of the CPD must be today or in the past"));
        if (string.IsNullOrWhiteSpace(hours))
            problems.Add(("Hours", "Enter the hours"));
        else if (
            !decimal.TryParse(hours.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var h)
            || h <= 0
            || h > 100
            || decimal.Round(h, 2) != h
        )
            problems.Add(("Hours", "Hours must be a number from 0.25 to 100, like 3 or 1.5"));
        var areas = await AreasAsync(socialWorkerId, ct);
        var chosen = Guid.TryParse(area, out var areaId) ? areas.SingleOrDefault(a => a.Id == areaId) : null;
        if (chosen is null)
            problems.Add(("Area", "Select the area of the standards this CPD develops"));
        if (string.IsNullOrWhiteSpace(description))
            problems.Add(("Description", "Describe what you did and what you learnt"));
        else if (description.Trim().Length > 2000)
            problems.Add(("Description", "The description must be 2,000 characters or fewer"));
        if (problems.Count > 0)
            return problems;
        var entry = new CpdEntry
        {
            SocialWorkerId = socialWorkerId,
            Date = d!.Value,
            Hours = decimal.Parse(hours!.Trim(), CultureInfo.InvariantCulture),
            KnowledgeAreaId = chosen!.Id,
            Description = description!.Trim(),
            RecordedAt = clock.GetUtcNow(),
        };
        db.CpdEntries.Add(entry);
        db.Record(new CpdLogged(entry.Id, socialWorkerId, entry.Date, entry.Hours, chosen.Number));
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>The social worker asks to be re-accredited: refused while the hours fall short or a short assessment is
    /// needed; sent to the chosen employer when an endorsement is needed; otherwise complete at once.</summary>
    public async Task<List<(string Field, string Message)>> SubmitAsync(
        Guid socialWorkerId,
        Guid accreditationId,
        string? employer,
        CancellationToken ct
    )
    {
        var view = (await ViewsAsync(socialWorkerId, ct)).SingleOrDefault(v => v.Accreditation.Id == accreditationId);
        if (view is null)
            return [("", "There is no such accreditation to renew")];
        if (view.Pending is not null)
            return [("", $"You have already asked: we are waiting for {view.Waiting}")];
        if (!view.HoursMet)
            return
            [
                (
                    "",
                    $"You have logged {view.Hours:0.##} of the {view.HoursNeeded} hours of CPD re-accreditation needs. Log the rest first."
                ),
            ];
        Guid? orgId = null;
        if (view.EndorsementNeeded)
        {
            var chosen = Guid.TryParse(employer, out var e) ? view.Employers.SingleOrDefault(x => x.Id == e) : default;
            if (chosen == default)
                return
                [
                    (
                        "Employer",
                        view.Employers.Count == 0
                            ? "Re-accreditation needs an employer's endorsement, and you are not in post with one on our record"
                            : "Select the employer to endorse you"
                    ),
                ];
            orgId = chosen.Id;
        }
        var r = new Reaccreditation
        {
            AccreditationId = accreditationId,
            SocialWorkerId = socialWorkerId,
            OrganisationId = orgId,
            CpdHours = view.Hours,
            SubmittedAt = clock.GetUtcNow(),
            ShortAssessmentRequired = view.ShortAssessmentNeeded,
        };
        db.Reaccreditations.Add(r);
        db.Record(new ReaccreditationSubmitted(r.Id, socialWorkerId, view.Hours, r.ShortAssessmentRequired), orgId);
        if (orgId is { } org)
            foreach (var email in await db.OrganisationEmailsAsync([org], ct))
                db.Email(
                    clock,
                    email,
                    "A social worker asks you to endorse their re-accreditation",
                    "Sign in and go to Re-accreditation to endorse it."
                );
        if (r.ShortAssessmentRequired)
            foreach (var email in await ProgrammeEmailsAsync(ct))
                db.Email(
                    clock,
                    email,
                    "A re-accreditation short assessment to arrange",
                    $"{view.Accreditation.CertificateNumber}: arrange the short assessment, then record its mark under Accreditations."
                );
        await CompleteIfReadyAsync(r, ct);
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Re-accreditations waiting for this employer's endorsement, with each person's name.</summary>
    public async Task<List<(Reaccreditation R, SocialWorker Person, Accreditation A)>> PendingForEmployerAsync(
        Guid organisationId,
        CancellationToken ct
    ) =>
        (
            await db
                .Reaccreditations.AsNoTracking()
                .Where(r =>
                    r.OrganisationId == organisationId
                    && r.CompletedAt == null
                    && r.ClosedAt == null
                    && r.EmployerEndorsedAt == null
                )
                .Join(
                    db.Accreditations.IgnoreQueryFilters().Include(a => a.SocialWorker),
                    r => r.AccreditationId,
                    a => a.Id,
                    (r, a) => new { r, a }
                )
                .ToListAsync(ct)
        )
            .Select(x => (x.r, x.a.SocialWorker!, x.a))
            .ToList();

    public async Task<List<(string Field, string Message)>> EndorseAsync(
        Guid organisationId,
        Guid reaccreditationId,
        string? statement,
        CancellationToken ct
    )
    {
        var r = await db.Reaccreditations.SingleOrDefaultAsync(
            x =>
                x.Id == reaccreditationId
                && x.OrganisationId == organisationId
                && x.CompletedAt == null
                && x.ClosedAt == null
                && x.EmployerEndorsedAt == null,
            ct
        );
        if (r is null)
            return [("", "There is no such re-accreditation waiting for you")];
        if (string.IsNullOrWhiteSpace(statement))
            return [("EmployerStatement", "Enter your judgement that their practice still meets the standard")];
        if (statement.Trim().Length > 4000)
            return [("EmployerStatement", "Your judgement must be 4,000 characters or fewer")];
        r.EmployerEndorsedAt = clock.GetUtcNow();
        r.EmployerEndorsedBy = db.Scope.ActorName;
        r.EmployerStatement = statement.Trim();
        db.Record(new ReaccreditationEndorsed(r.Id, r.SocialWorkerId), organisationId);
        await CompleteIfReadyAsync(r, ct);
        await db.SaveChangesAsync(ct);
        return [];
    }

    private Task<List<string>> ProgrammeEmailsAsync(CancellationToken ct) =>
        db.UsersInRole(Naas.Data.Seed.Roles.ProgrammeAdministrator)
            .Where(u => u.Email != null)
            .Select(u => u.Email!)
            .ToListAsync(ct);

    /// <summary>Re-accreditations waiting for a short assessment's mark, for the programme.</summary>
    public async Task<List<(Reaccreditation R, SocialWorker Person, Accreditation A)>> AwaitingShortAssessmentAsync(
        CancellationToken ct,
        Guid? accreditationId = null
    ) =>
        (
            await db
                .Reaccreditations.AsNoTracking()
                .Where(r =>
                    r.ShortAssessmentRequired
                    && r.ShortAssessmentScore == null
                    && r.CompletedAt == null
                    && r.ClosedAt == null
                    && (accreditationId == null || r.AccreditationId == accreditationId)
                )
                .Join(
                    db.Accreditations.Include(a => a.SocialWorker),
                    r => r.AccreditationId,
                    a => a.Id,
                    (r, a) => new { r, a }
                )
                .OrderBy(x => x.r.SubmittedAt)
                .ToListAsync(ct)
        )
            .Select(x => (x.r, x.a.SocialWorker!, x.a))
            .ToList();

    /// <summary>The programme records the short assessment's mark (delivered outside the service, like observation): a
    /// pass renews once any endorsement is in; a fail ends this request with the reason, and the social worker may ask
    /// again.</summary>
    public async Task<List<(string Field, string Message)>> RecordShortAssessmentAsync(
        Guid reaccreditationId,
        string? score,
        string? max,
        string? passMark,
        CancellationToken ct
    )
    {
        var r = await db.Reaccreditations.SingleOrDefaultAsync(
            x =>
                x.Id == reaccreditationId
                && x.ShortAssessmentRequired
                && x.ShortAssessmentScore == null
                && x.CompletedAt == null
                && x.ClosedAt == null,
            ct
        );
        if (r is null)
            return [("", "This re-accreditation is not waiting for a short assessment's mark")];
        var problems = new List<(string Field, string Message)>();
        var (s, m, p) = Naas.Web.Features.Marking.MarkRecorder.CheckNumbers(score, max, passMark, problems);
        if (problems.Count > 0)
            return problems;
        (r.ShortAssessmentScore, r.ShortAssessmentMax, r.ShortAssessmentPassMark) = (s, m, p);
        r.ShortAssessmentRecordedAt = clock.GetUtcNow();
        r.ShortAssessmentRecordedBy = db.Scope.ActorName;
        var passed = r.ShortAssessmentPassed == true;
        db.Record(new ShortAssessmentMarked(r.Id, r.SocialWorkerId, s, m, p, passed), r.OrganisationId);
        if (passed)
            await CompleteIfReadyAsync(r, ct);
        else
        {
            r.ClosedAt = clock.GetUtcNow();
            r.ClosedReason = $"The short assessment was not passed ({s:0.##} of {m:0.##}; the pass mark was {p:0.##})";
            db.Record(new ReaccreditationClosed(r.Id, r.SocialWorkerId, r.ClosedReason), r.OrganisationId);
            var person = await db
                .SocialWorkers.IgnoreQueryFilters()
                .AsNoTracking()
                .SingleAsync(x => x.Id == r.SocialWorkerId, ct);
            db.Email(
                clock,
                person.Email,
                "Your re-accreditation short assessment",
                $"Dear {person.GivenName},\n\n{r.ClosedReason}. Your accreditation stays as it is until its due date. You can ask to be re-accredited again, and take the short assessment again, from your record.\n"
            );
        }
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Renews once everything this request needs is in: the employer's endorsement (if one was asked for) and
    /// a passed short assessment (if one was needed).</summary>
    private async Task CompleteIfReadyAsync(Reaccreditation r, CancellationToken ct)
    {
        if (r.OrganisationId is not null && r.EmployerEndorsedAt is null)
            return;
        if (r.ShortAssessmentRequired && r.ShortAssessmentPassed != true)
            return;
        await CompleteAsync(r, ct);
    }

    /// <summary>Renews: the next due date runs the set period from the old due date (or from today, if it had
    /// lapsed).</summary>
    private async Task CompleteAsync(Reaccreditation r, CancellationToken ct)
    {
        var rules = await policy.CurrentAsync(ct);
        // The employer endorsing cannot read accreditations of people no longer in its workforce; it was asked, by id.
        var a = await db
            .Accreditations.IgnoreQueryFilters()
            .Include(x => x.SocialWorker)
            .SingleAsync(x => x.Id == r.AccreditationId, ct);
        var today = clock.Today();
        var wasDue = a.ReaccreditationDue;
        var from = wasDue is { } due && due >= today ? due : today;
        a.ReaccreditationDue = from.AddYears(rules.Value(EligibilityPolicy.Keys.ReaccreditationYears));
        r.CompletedAt = clock.GetUtcNow();
        r.NewDue = a.ReaccreditationDue;
        db.Record(
            new Accreditations.Reaccredited(
                a.Id,
                a.SocialWorkerId,
                a.SocialWorker!.RegistrationNumber,
                a.Level,
                wasDue,
                a.ReaccreditationDue.Value
            ),
            r.OrganisationId
        );
        db.Email(
            clock,
            a.SocialWorker.Email,
            $"You are re-accredited as a {a.Level.Name()}",
            $"Dear {a.SocialWorker.GivenName},\n\nYour re-accreditation is complete. Your next re-accreditation is due on {a.ReaccreditationDue:d MMMM yyyy}.\n"
        );
    }
}
