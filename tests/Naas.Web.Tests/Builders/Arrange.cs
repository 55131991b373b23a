using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.Endorsements;
using Naas.Domain.Workforce;

namespace Naas.Web.Tests;

/// <summary>Data a test needs before the journey it tests, put straight into the database as if the earlier steps had
/// happened, and recorded as <see cref="ArrangedOutsideTheService"/>, never passed off as a change the service made.
/// Journeys that are themselves under test go through the pages and the API instead.</summary>
public static class Arrange
{
    public const string Employer = "Leeds City Council";

    /// <summary>A practitioner endorsement from Leeds for one demo person, in the state the test starts from.</summary>
    public static Endorsement Endorsement(
        Guid socialWorker,
        Guid organisation,
        EndorsementState state,
        DateTimeOffset endorsedAt,
        string evidence = "Audits"
    ) =>
        new()
        {
            SocialWorkerId = socialWorker,
            OrganisationId = organisation,
            Level = StatusLevel.Practitioner,
            State = state,
            Judgement = "Ready",
            Evidence = evidence,
            EligibilityAtEndorsement = "Eligible",
            EndorsedAt = endorsedAt,
            EndorsedBy = "Jo Fletcher",
        };

    /// <summary>Adds <see cref="Endorsement"/> for the person with this registration number and records why.</summary>
    public static async Task<Endorsement> EndorsementAsync(
        NaasDbContext db,
        string registration,
        EndorsementState state,
        DateTimeOffset endorsedAt,
        string why,
        string evidence = "Audits"
    )
    {
        var person = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == registration);
        var employer = await db.Organisations.SingleAsync(o => o.Name == Employer);
        var e = Endorsement(person.Id, employer.Id, state, endorsedAt, evidence);
        db.Endorsements.Add(e);
        db.Record(new ArrangedOutsideTheService("Endorsement", e.Id, "Arranged", why));
        await db.SaveChangesAsync();
        return e;
    }

    /// <summary>A pass mark adopted for a rated element at practitioner level after standard setting on criteria
    /// written "Name|max", one to a line (the total is what a mark of another total is scaled from).</summary>
    public static async Task AdoptedPassMarkAsync(
        NaasFactory app,
        string element,
        string criteria,
        decimal passMark,
        StatusLevel level = StatusLevel.Practitioner
    )
    {
        await using var db = app.Db();
        var exercise = new StandardSettingExercise
        {
            Element = element,
            Level = level,
            Criteria = criteria,
            CreatedBy = "Programme",
            CreatedAt = app.Clock.GetUtcNow(),
            ClosedAt = app.Clock.GetUtcNow(),
            AdoptedPassMark = passMark,
            AdoptedRationale = "Arranged for the test.",
            AdoptedAt = app.Clock.GetUtcNow(),
            AdoptedBy = "Programme",
        };
        db.StandardSettingExercises.Add(exercise);
        db.Record(
            new ArrangedOutsideTheService("StandardSettingExercise", exercise.Id, "Arranged", "An adopted pass mark")
        );
        await db.SaveChangesAsync();
    }
}
