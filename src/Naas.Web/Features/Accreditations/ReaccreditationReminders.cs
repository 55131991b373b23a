using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Workforce;
using Naas.Web.Features.Administration;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Accreditations;

/// <summary>Re-accreditation reminders: each social worker due within the set number of days is told once per due
/// date, with their current employers copied.</summary>
public sealed class ReaccreditationReminders(NaasDbContext db, PolicyStore policy, TimeProvider clock)
{
    /// <summary>Reminds each social worker whose re-accreditation falls due within the set number of days, once per due
    /// date, by email (with their current employers copied), audited. Returns how many were reminded.</summary>
    public async Task<int> SendRemindersAsync(CancellationToken ct)
    {
        var rules = await policy.CurrentAsync(ct);
        var today = clock.Today();
        var horizon = today.AddDays(rules.Value(Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationReminderDays));
        var due = await db
            .Accreditations.IgnoreQueryFilters()
            .Include(a => a.SocialWorker!)
                .ThenInclude(p => p.Engagements)
            .Where(a =>
                a.IsCurrent
                && a.RevokedAt == null
                && a.ReaccreditationDue != null
                && a.ReaccreditationDue <= horizon
                && (a.ReminderSentFor == null || a.ReminderSentFor != a.ReaccreditationDue)
            )
            // The soonest due first, in a stable order, so that a batch of 500 is always the same 500.
            .OrderBy(a => a.ReaccreditationDue)
            .ThenBy(a => a.Id)
            .Take(500)
            .ToListAsync(ct);
        var current = due.ToDictionary(
            a => a.Id,
            a => a.SocialWorker!.Engagements.Where(e => e.IsCurrent(today)).Select(e => e.OrganisationId).ToHashSet()
        );
        // One query for every employer's accounts, not one per social worker.
        var organisations = current.Values.SelectMany(x => x).Distinct().ToList();
        var accounts = await db
            .Users.Where(u =>
                u.OrganisationId != null && u.Email != null && organisations.Contains(u.OrganisationId.Value)
            )
            .Select(u => new { OrganisationId = u.OrganisationId!.Value, Email = u.Email! })
            .ToListAsync(ct);
        foreach (var a in due)
        {
            a.ReminderSentFor = a.ReaccreditationDue;
            var when = a.ReaccreditationDue!.Value.ToString("d MMMM yyyy");
            var route = Route(rules);
            db.Record(
                new ReaccreditationReminderSent(
                    a.Id,
                    a.SocialWorkerId,
                    a.SocialWorker!.RegistrationNumber,
                    a.Level,
                    a.ReaccreditationDue.Value
                )
            );
            db.Email(
                clock,
                a.SocialWorker.Email,
                $"Your {a.Level.Name()} re-accreditation is due on {when}",
                $"Dear {a.SocialWorker.GivenName},\n\nYour accreditation as a {a.Level.Name()} is due for re-accreditation on {when}. {route}\n\nSign in to see where you stand.\n"
            );
            foreach (
                var email in accounts
                    .Where(u => current[a.Id].Contains(u.OrganisationId))
                    .Select(u => u.Email)
                    .Distinct()
            )
                db.Email(
                    clock,
                    email,
                    $"A social worker's re-accreditation is due on {when}",
                    $"{a.SocialWorker.GivenName} {a.SocialWorker.FamilyName} ({a.SocialWorker.RegistrationNumber}) is due for re-accreditation as a {a.Level.Name()} on {when}. {route}\n"
                );
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    /// <summary>The light-touch route in force (¶77–78), in words, from the settings.</summary>
    public static string Route(Domain.Eligibility.EligibilityPolicy rules)
    {
        var parts = new List<string>();
        var hours = rules.Value(Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationCpdHours);
        if (hours > 0)
            parts.Add($"{hours} hours of continuing professional development logged against the standards");
        if (rules.Value(Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationEndorsement) == 1)
            parts.Add("your employer's endorsement");
        if (rules.Value(Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationShortAssessment) == 1)
            parts.Add("a short assessment");
        return parts.Count == 0
            ? "No evidence is needed at present."
            : $"Re-accreditation needs {string.Join(", ", parts[..^1])}{(parts.Count > 1 ? " and " : "")}{parts[^1]}.";
    }
}

/// <summary>Sends re-accreditation reminders once a day.</summary>
public sealed class ReminderProcessor(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderProcessor> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope
                    .ServiceProvider.GetRequiredService<ReaccreditationReminders>()
                    .SendRemindersAsync(stoppingToken);
                if (sent > 0)
                    log.LogInformation("Sent {Count} re-accreditation reminders", sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Re-accreditation reminders failed; trying again tomorrow");
            }
            await Task.Delay(TimeSpan.FromDays(1), clock, stoppingToken);
        }
    }
}
