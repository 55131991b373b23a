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
}
