using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Results;
using Naas.Web.Features;

namespace Naas.Web.Tests;

/// <summary>Arranging assessed candidates for the retake and review tests: marks out of 40 with a pass mark of 28,
/// so with the default 5% margin 26 and 27 are narrow fails.</summary>
public static class Assessed
{
    public static async Task<Guid> MarkedAsync(
        NaasFactory app,
        string registration,
        decimal knowledge,
        decimal observation,
        decimal written,
        decimal reflective
    )
    {
        var endorsement = await UnderWay.EndorsedAsync(app, registration);
        await using var db = app.Db();
        var person = await db.Endorsements.Where(e => e.Id == endorsement).Select(e => e.SocialWorkerId).SingleAsync();
        foreach (
            var (element, score) in new[]
            {
                ("Knowledge", knowledge),
                ("SimulatedObservation", observation),
                ("Written", written),
                ("Reflective", reflective),
            }
        )
            db.ElementMarks.Add(
                new ElementMark
                {
                    EndorsementId = endorsement,
                    SocialWorkerId = person,
                    Element = element,
                    Score = score,
                    Max = 40,
                    PassMark = 28,
                    Result = ElementGrading.Grade(score, 40, 28, 5),
                    Source = "Arranged",
                    RecordedBy = "Marker",
                    RecordedAt = app.Clock.GetUtcNow(),
                }
            );
        db.Record(
            new ArrangedOutsideTheService(
                "Endorsement",
                endorsement,
                "Arranged",
                "Assessed candidate for the retake and review tests"
            )
        );
        await db.SaveChangesAsync();
        return endorsement;
    }

    /// <summary>Releases through the programme's own page, so the outcome rules and the endorsement's end run for
    /// real.</summary>
    public static async Task ReleaseAsync(NaasFactory app, Guid endorsement)
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var url = ResultsLinks.AdminAssessment(endorsement);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"{url}?handler=Release", Http.F(("confirmed", "true")), url)).StatusCode
        );
    }

    public static async Task<HttpResponseMessage> EndorseAsync(
        NaasFactory app,
        string registration,
        string? exception = null
    )
    {
        Guid id;
        await using (var db = app.Db())
            id = (await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == registration)).Id;
        var leeds = await app.ApiClientAsync("Leeds City Council");
        return await leeds.PostAsJsonAsync(
            ApiLinks.Endorsements(),
            new
            {
                socialWorkerId = id,
                status = "practitioner",
                judgement = "Ready again",
                evidence = "Supervision notes",
                exceptionReason = exception,
            }
        );
    }

    public static async Task<string> TextAsync(HttpResponseMessage res) =>
        WebUtility.HtmlDecode(await res.Content.ReadAsStringAsync());

    /// <summary>The assessment's other elements marked (passed), its results released, and an independent review
    /// under way: the review's id, for reading the reviewer's case.</summary>
    public static async Task<Guid> UnderReviewAsync(NaasFactory app, Guid endorsement, params string[] marked)
    {
        await using (var db = app.Db())
        {
            var person = await db
                .Endorsements.Where(e => e.Id == endorsement)
                .Select(e => e.SocialWorkerId)
                .SingleAsync();
            foreach (
                var element in new[] { "Knowledge", "SimulatedObservation", "Written", "Reflective" }.Except(marked)
            )
                db.ElementMarks.Add(
                    new ElementMark
                    {
                        EndorsementId = endorsement,
                        SocialWorkerId = person,
                        Element = element,
                        Score = 30,
                        Max = 40,
                        PassMark = 28,
                        Result = ElementResult.Pass,
                        Source = "Arranged",
                        RecordedBy = "Marker",
                        RecordedAt = app.Clock.GetUtcNow(),
                    }
                );
            db.Record(new ArrangedOutsideTheService("Endorsement", endorsement, "Arranged", "The other elements"));
            await db.SaveChangesAsync();
        }
        await ReleaseAsync(app, endorsement);
        await using (var db = app.Db())
        {
            var e = await db.Endorsements.SingleAsync(x => x.Id == endorsement);
            var release = await db.ResultReleases.SingleAsync(r => r.EndorsementId == endorsement);
            var request = new ReviewRequest
            {
                EndorsementId = endorsement,
                ReleaseId = release.Id,
                SocialWorkerId = e.SocialWorkerId,
                OrganisationId = e.OrganisationId,
                Ground = Naas.Domain.Reviews.ReviewGround.AtOddsWithPractice,
                Statement = "The result is at odds with my practice.",
                State = Naas.Domain.Reviews.ReviewState.UnderReview,
                RequestedAt = app.Clock.GetUtcNow(),
                EmployerDue = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(10),
            };
            db.ReviewRequests.Add(request);
            db.Record(new ArrangedOutsideTheService("ReviewRequest", request.Id, "Arranged", "A review under way"));
            await db.SaveChangesAsync();
            return request.Id;
        }
    }
}
