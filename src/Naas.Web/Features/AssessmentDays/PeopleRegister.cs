using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Features.Workforce;

namespace Naas.Web.Features.AssessmentDays;

/// <summary>The programme's actors and observers: who they are, when they are free, what an actor is trained to play,
/// and when an observer was trained and calibrated and whom they must not assess.</summary>
public sealed class PeopleRegister(NaasDbContext db)
{
    public async Task<List<(string Field, string Message)>> AddActorAsync(
        string? name,
        string? email,
        string? dayRate,
        IReadOnlyList<string> scenarios,
        string? dates,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        var mail = await NameAndEmailAsync(name, email, db.Actors.Select(a => a.Email), problems, ct);
        if (!CentreRegister.TryMoney(dayRate, out var rate))
            problems.Add(("DayRate", "Enter the actor's day rate in pounds, like 350 or 350.00"));
        var known = await db.Scenarios.Select(s => s.Id).ToListAsync(ct);
        var trained = scenarios.Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Distinct().ToList();
        if (trained.Any(t => !known.Contains(t)))
            problems.Add(("Scenarios", "Select scenarios from the library"));
        var available = Dates(dates, problems);
        if (problems.Count > 0)
            return problems;
        var actor = new Actor
        {
            Name = name!.Trim(),
            Email = mail!,
            DayRate = rate,
            TrainedScenarioIds = trained,
            AvailableDates = available,
        };
        db.Actors.Add(actor);
        db.Record(new ActorAdded(actor.Id, actor.Name, rate, trained.Count, available.Count));
        await db.SaveChangesAsync(ct);
        return problems;
    }

    public async Task<List<(string Field, string Message)>> AddObserverAsync(
        string? name,
        string? email,
        string? trainedOn,
        string? calibratedOn,
        IReadOnlyList<string> conflictOrganisations,
        string? conflictRegistrationNumbers,
        string? dates,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        var mail = await NameAndEmailAsync(name, email, db.Observers.Select(o => o.Email), problems, ct);
        if (!Parse.TryDate(trainedOn, out var trained))
            problems.Add(("TrainedOn", "Enter the date they were trained as a date, like 27/03/2026"));
        if (!Parse.TryDate(calibratedOn, out var calibrated))
            problems.Add(("CalibratedOn", "Enter the date they were last calibrated as a date, like 27/03/2026"));
        else if (calibrated is not null && trained is not null && calibrated < trained)
            problems.Add(("CalibratedOn", "Calibration comes after training: check both dates"));
        var organisations = await db.Organisations.Select(o => o.Id).ToListAsync(ct);
        var conflicts = conflictOrganisations
            .Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty)
            .Distinct()
            .ToList();
        if (conflicts.Any(c => !organisations.Contains(c)))
            problems.Add(("ConflictOrganisations", "Select organisations from the list"));
        var numbers = (conflictRegistrationNumbers ?? "")
            .Split([',', '\n', ' ', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => n.Trim().ToUpperInvariant())
            .Distinct()
            .ToList();
        var people = await db
            .SocialWorkers.Where(p => numbers.Contains(p.RegistrationNumber))
            .Select(p => new { p.Id, p.RegistrationNumber })
            .ToListAsync(ct);
        if (numbers.FirstOrDefault(n => people.All(p => p.RegistrationNumber != n)) is { } unknown)
            problems.Add(("ConflictPeople", $"No social worker on the record has the registration number {unknown}"));
        var available = Dates(dates, problems);
        if (problems.Count > 0)
            return problems;
        var user = await db.Users.Where(u => u.Email == mail).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
        var observer = new Observer
        {
            Name = name!.Trim(),
            Email = mail!,
            UserId = user,
            TrainedOn = trained,
            CalibratedOn = calibrated,
            ConflictOrganisationIds = conflicts,
            ConflictSocialWorkerIds = people.Select(p => p.Id).ToList(),
            AvailableDates = available,
        };
        db.Observers.Add(observer);
        db.Record(new ObserverAdded(observer.Id, observer.Name, trained, calibrated, available.Count, conflicts.Count));
        await db.SaveChangesAsync(ct);
        return problems;
    }

    private static async Task<string?> NameAndEmailAsync(
        string? name,
        string? email,
        IQueryable<string> taken,
        List<(string, string)> problems,
        CancellationToken ct
    )
    {
        if (string.IsNullOrWhiteSpace(name))
            problems.Add(("Name", "Enter their full name"));
        else if (name.Trim().Length > 200)
            problems.Add(("Name", "Their name must be 200 characters or fewer"));
        var mail = email?.Trim().ToLowerInvariant();
        if (
            string.IsNullOrEmpty(mail)
            || !MailAddress.TryCreate(mail, out var parsed)
            || parsed.Address != mail
            || mail.Length > 256
        )
        {
            problems.Add(("Email", "Enter their email address, like name@example.com"));
            return null;
        }
        if (await taken.AnyAsync(e => e == mail, ct))
            problems.Add(("Email", $"Someone on the list already has the email address {mail}"));
        return mail;
    }

    /// <summary>Dates typed one to a line or separated by commas, like 10/03/2027 or 2027-03-10.</summary>
    private static List<DateOnly> Dates(string? text, List<(string, string)> problems)
    {
        var dates = new List<DateOnly>();
        foreach (var part in (text ?? "").Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.IsNullOrWhiteSpace(part))
                continue;
            if (!Parse.TryDate(part, out var d) || d is null)
            {
                problems.Add(("Dates", $"\"{part.Trim()}\" is not a date: write dates like 10/03/2027, one to a line"));
                return [];
            }
            dates.Add(d.Value);
        }
        if (dates.Count > 366)
            problems.Add(("Dates", "Give at most 366 dates"));
        return dates.Distinct().Order().ToList();
    }
}
