using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.AssessmentDays;
using Naas.Domain.Endorsements;
using Naas.Domain.Observation;
using Naas.Domain.Results;
using Naas.Domain.Scenarios;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Web.Tests.Fairness;

/// <summary>Observer, actor and scenario severity (issue 16, item 2) through the service: 40 candidates, two
/// simulations each (the demo scenario and a variant of it), each with one of three actors (a fourth plays to three
/// candidates only) and two of five observers,
/// every criterion level drawn from the many-facet Rasch model with one observer 1.2 logits harsher than the rest.
/// The background work analyses the ratings once they come in; the analyst's page shows that observer as harsher,
/// with pass rates, and says how many results adjusting for severity would change, changing none.</summary>
public class RaterAnalysisTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task The_harsh_observer_is_found_and_what_adjustment_would_change_is_reported_not_applied()
    {
        var random = new Random(1605);
        await using (var db = app.Db())
        {
            var v1 = await db.ScenarioVersions.SingleAsync(v => v.Scenario!.Reference == "S-00001");
            var v2 = new ScenarioVersion
            {
                ScenarioId = v1.ScenarioId,
                Version = 99,
                Status = v1.Status,
                Title = v1.Title + ", variant",
                Briefing = v1.Briefing,
                ActorPlays = v1.ActorPlays,
                ActorKnows = v1.ActorKnows,
                ActorFeels = v1.ActorFeels,
                ActorResponses = v1.ActorResponses,
                ActorNeverSays = v1.ActorNeverSays,
                Criteria = v1.Criteria,
                AuthorUserId = v1.AuthorUserId,
                AuthorName = v1.AuthorName,
            };
            var observers = new[] { "Harsh Observer", "Ola Bright", "Sam Fenn", "Jo Hart", "Lee Moss" }
                .Select(n => new Observer { Name = n, Email = $"{n.Replace(' ', '.')}@example.org" })
                .ToList();
            var severity = new[] { 1.2, 0, 0, 0, 0 };
            var actors = new[] { "Ann Player", "Ben Player", "Cat Player", "Dee Rare" }
                .Select(n => new Actor { Name = n, Email = $"{n.Replace(' ', '.')}@example.org" })
                .ToList();
            var organisation = await db.Organisations.FirstAsync();
            var day = new AssessmentDay { Date = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-3) };
            db.AddRange(observers);
            db.AddRange(actors);
            db.Add(v2);
            db.Add(day);
            var criteria = v1.Criteria.Count;
            var scores = new List<(Guid Endorsement, Guid Person, decimal Score)>();
            for (var c = 0; c < 40; c++)
            {
                var person = new SocialWorker
                {
                    GivenName = "Rated",
                    FamilyName = $"Candidate{c}",
                    RegistrationNumber = $"SWR{c:00000}",
                    Email = $"rated{c}@example.org",
                };
                var endorsement = new Endorsement
                {
                    SocialWorkerId = person.Id,
                    OrganisationId = organisation.Id,
                    Level = StatusLevel.Practitioner,
                    State = EndorsementState.Agreed,
                    Judgement = "Ready",
                    Evidence = "Arranged",
                    EligibilityAtEndorsement = "Eligible",
                    EndorsedAt = app.Clock.GetUtcNow().AddDays(-30),
                    EndorsedBy = "Arranged",
                };
                db.AddRange(person, endorsement);
                var theta =
                    Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                decimal score = 0;
                foreach (var version in new[] { v1, v2 })
                {
                    var pair = Enumerable.Range(0, 5).OrderBy(_ => random.Next()).Take(2).ToArray();
                    var session = new SimulationSession
                    {
                        DayId = day.Id,
                        StartsAt = app.Clock.GetUtcNow().AddDays(-3),
                        Minutes = 40,
                        ScenarioVersionId = version.Id,
                        SocialWorkerId = person.Id,
                        EndorsementId = endorsement.Id,
                        // Dee plays to only three candidates: too few for a pass rate to be shown.
                        ActorId = random.Next(3) is var a && c < 3 && version == v1 ? actors[3].Id : actors[a].Id,
                        LeadObserverId = observers[pair[0]].Id,
                        SecondObserverId = observers[pair[1]].Id,
                    };
                    db.Add(session);
                    var sums = new List<int>();
                    foreach (
                        var (o, role) in pair.Zip(new[] { SimulationRole.LeadObserver, SimulationRole.SecondObserver })
                    )
                    {
                        var p = 1 / (1 + Math.Exp(-(theta + 0.8 - severity[o])));
                        var levels = Enumerable
                            .Range(1, criteria)
                            .Select(_ => Enumerable.Range(0, 3).Count(_ => random.NextDouble() < p))
                            .ToList();
                        sums.Add(levels.Sum());
                        db.Add(
                            new ObservationSheet
                            {
                                SessionId = session.Id,
                                ObserverId = observers[o].Id,
                                Role = role,
                                Ratings = levels
                                    .Select((l, i) => new SheetRating(i + 1, ((CriterionLevel)l).ToString(), "Seen"))
                                    .ToList(),
                                Global = GlobalJudgement.Pass,
                                SubmittedAt = app.Clock.GetUtcNow().AddDays(-3),
                                UpdatedAt = app.Clock.GetUtcNow().AddDays(-3),
                            }
                        );
                    }
                    score += sums.Sum() / 2m;
                }
                scores.Add((endorsement.Id, person.Id, score));
            }
            // The pass mark at the median, so that results sit on both sides of the line, some close to it.
            var max = 2 * criteria * 3;
            var pass = scores.Select(x => x.Score).Order().ElementAt(scores.Count / 2);
            foreach (var (endorsementId, personId, score) in scores)
                db.Add(
                    new ElementMark
                    {
                        EndorsementId = endorsementId,
                        SocialWorkerId = personId,
                        Element = SimulationElement.Kind,
                        Score = score,
                        Max = max,
                        PassMark = pass,
                        Result = score >= pass ? ElementResult.Pass : ElementResult.Fail,
                        Source = "Arranged",
                        RecordedBy = "Arranged",
                        RecordedAt = app.Clock.GetUtcNow().AddDays(-2),
                    }
                );
            db.Record(new ArrangedOutsideTheService("ObservationSheet", null, "Arranged", "Ratings to analyse"));
            await db.SaveChangesAsync();
        }
        List<(decimal Score, ElementResult Result)> before;
        await using (var db = app.Db())
            before = (await db.ElementMarks.OrderBy(m => m.Id).ToListAsync()).Select(m => (m.Score, m.Result)).ToList();

        var analyst = app.Browser();
        await analyst.SignInAsync(DemoData.AnalystEmail);
        Assert.Contains("Not run yet", await analyst.GetStringAsync(FairnessLinks.Raters()));

        // New ratings: the background work asks for the analysis by itself and runs it; with nothing new, not again.
        Assert.Equal(1, await app.RunAnalysesAsync());
        Assert.Equal(0, await app.RunAnalysesAsync());

        var page = WebUtility.HtmlDecode(await analyst.GetStringAsync(FairnessLinks.Raters()));
        Assert.DoesNotContain("cannot separate", page);
        Assert.Contains("for 40 candidates", page);
        Assert.Contains("Intraclass correlation", page);
        var harsh = page[page.IndexOf("Harsh Observer", StringComparison.Ordinal)..];
        Assert.StartsWith("Harsh Observer <strong class=\"govuk-tag govuk-tag--red\">Harsher</strong>", harsh);
        // The other observers are not marked harsher.
        Assert.Equal(1, page.Split(">Harsher<").Length - 1);
        Assert.Contains("Ann Player", page);
        Assert.Contains(", variant (version 99)", page);
        var whatIf = page[page.IndexOf("Of 40 simulated observation results", StringComparison.Ordinal)..];
        // The harsh observer held results down: more would rise over the line than fall under it (and those that
        // fall are the candidates of observers a little more lenient than the average, which the harsh one raises).
        var counts = System.Text.RegularExpressions.Regex.Match(
            whatIf,
            @"^Of 40 simulated observation results, (\d+) would change from pass to fail and (\d+) from fail to pass"
        );
        Assert.True(counts.Success, whatIf[..200]);
        Assert.True(int.Parse(counts.Groups[2].Value) > int.Parse(counts.Groups[1].Value), whatIf[..200]);
        Assert.Contains("nothing has been changed", whatIf);

        // Reported, never applied.
        await using (var db = app.Db())
            Assert.Equal(
                before,
                (await db.ElementMarks.OrderBy(m => m.Id).ToListAsync()).Select(m => (m.Score, m.Result)).ToList()
            );

        var csv = await analyst.GetStringAsync(FairnessLinks.Raters() + "?handler=Csv");
        Assert.StartsWith("Facet,Name,Severity (logits)", csv);
        Assert.Contains("Observer,Harsh Observer,", csv);
        // A negative severity is a number in a spreadsheet, not text behind an apostrophe.
        Assert.Matches(@"\nObserver,[A-Za-z ]+,-0\.\d{3},", csv);

        // Small numbers are suppressed, on the page and in the CSV: Dee met three candidates; each scenario all 40.
        var dee = page[page.IndexOf("Dee Rare", StringComparison.Ordinal)..];
        Assert.Contains("Fewer than 10 results", dee[..dee.IndexOf("</tr>", StringComparison.Ordinal)]);
        Assert.Matches(@"Actor,Dee Rare,[^\n]*,fewer than 10,\r?\n", csv);
        Assert.Contains("of 40 (", page);

        // Nobody else reads it.
        foreach (var email in new[] { DemoData.LeedsLeadEmail, DemoData.ReviewerEmail, DemoData.SocialWorkerEmail })
        {
            var other = app.Browser();
            await other.SignInAsync(email);
            Http.AssertRefused(await other.GetAsync(FairnessLinks.Raters()));
        }
    }
}
