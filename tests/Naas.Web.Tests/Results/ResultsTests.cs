using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.ItemBank;
using Naas.Domain.Workforce;
using Naas.Web.Features;

namespace Naas.Web.Tests.Results;

/// <summary>From the knowledge test to released results, an accreditation with its certificate number, and the
/// public check (¶40, ¶74–76; "After accreditation").</summary>
public class ResultsTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private async Task<Guid> SitRealTestAsync(string registration, string email, bool answerRight)
    {
        Guid endorsement;
        await using (var db = app.Db())
        {
            var e = await Arrange.EndorsementAsync(
                db,
                registration,
                EndorsementState.Agreed,
                NaasFactory.Now,
                "Arranged for the test"
            );
            endorsement = e.Id;
        }
        var client = app.Browser();
        await client.SignInAsync(email);
        string choice;
        await using (var db = app.Db())
            choice =
                $"{(await db.TestWindows.Include(w => w.Blueprint).SingleAsync(w => !w.Blueprint!.IsPractice)).Id:N}|Remote";
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostFormAsync(KnowledgeTestLinks.MeBook(), Http.F(("Choice", choice)))).StatusCode
        );
        Guid bookingId;
        await using (var db = app.Db())
            bookingId = (await db.TestBookings.SingleAsync(b => b.EndorsementId == endorsement)).Id;
        var started = await client.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?handler=Start&bookingId={bookingId}",
            [],
            KnowledgeTestLinks.Me()
        );
        var attemptId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[3]);
        if (answerRight)
        {
            await using var db = app.Db();
            var items = (await db.KnowledgeAttempts.SingleAsync(a => a.Id == attemptId)).Items;
            for (var i = 0; i < items.Count; i++)
            {
                var v = await db.KnowledgeItemVersions.SingleAsync(x => x.Id == items[i]);
                var options = KnowledgeItemVersion.Lines(v.Options).ToList();
                var key = KnowledgeItemVersion.Lines(v.Key);
                var fields =
                    v.Type == ItemType.MultiPart
                        ? options.Select(
                            (o, n) => new KeyValuePair<string, string>($"s{n}", key.Contains(o) ? "true" : "false")
                        )
                        : key.Select(k => new KeyValuePair<string, string>("o", options.IndexOf(k).ToString()));
                await client.PostFormAsync(
                    KnowledgeTestLinks.MeQuestion(attemptId, i + 1),
                    fields.Append(new("go", "next")),
                    KnowledgeTestLinks.MeQuestion(attemptId, i + 1)
                );
            }
        }
        await client.PostFormAsync(KnowledgeTestLinks.MeCheck(attemptId), [], KnowledgeTestLinks.MeCheck(attemptId));
        return endorsement;
    }

    private static async Task RecordAsync(HttpClient admin, Guid endorsement, string element, string score) =>
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{ResultsLinks.AdminAssessment(endorsement)}?handler=Mark",
                    Http.F(("Element", element), ("Score", score), ("Max", "40"), ("PassMark", "28")),
                    ResultsLinks.AdminAssessment(endorsement)
                )
            ).StatusCode
        );

    [Fact]
    public async Task Passing_every_element_accredits_with_a_certificate_anyone_can_check_para40()
    {
        var endorsement = await SitRealTestAsync("SW100001", DemoData.SocialWorkerEmail, answerRight: true);
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var url = ResultsLinks.AdminAssessment(endorsement);
        var early = await admin.PostFormAsync($"{url}?handler=Release", [], url);
        Assert.Contains(
            "Mark the submitted knowledge test first",
            WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync())
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"{url}?handler=Knowledge", [], url)).StatusCode
        );
        var incomplete = await admin.PostFormAsync($"{url}?handler=Release", [], url);
        Assert.Contains(
            "Missing: Simulated observation, Written exercise, Reflective exercise",
            WebUtility.HtmlDecode(await incomplete.Content.ReadAsStringAsync())
        );

        var bad = await admin.PostFormAsync(
            $"{url}?handler=Mark",
            Http.F(("Element", "Knowledge"), ("Score", "50"), ("Max", "40"), ("PassMark", "")),
            url
        );
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Select an element of this status's assessment, other than the knowledge test", badHtml);
        Assert.Contains("The score cannot be more than the marks available", badHtml);
        Assert.Contains("Enter the pass mark", badHtml);
        await RecordAsync(admin, endorsement, "SimulatedObservation", "30");
        await RecordAsync(admin, endorsement, "Written", "28");
        await RecordAsync(admin, endorsement, "Reflective", "35");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"{url}?handler=Release", Http.F(("confirmed", "true")), url)).StatusCode
        );
        var afterRelease = await admin.PostFormAsync(
            $"{url}?handler=Mark",
            Http.F(("Element", "Written"), ("Score", "40"), ("Max", "40"), ("PassMark", "28")),
            url
        );
        Assert.Contains(
            "a change now goes through an independent review",
            WebUtility.HtmlDecode(await afterRelease.Content.ReadAsStringAsync())
        );

        string number;
        await using (var db = app.Db())
        {
            var accreditation = await db.Accreditations.SingleAsync(a => a.EndorsementId == endorsement);
            number = accreditation.CertificateNumber!;
            Assert.Matches("^NAAS-[A-Z2-9]{5}-[A-Z2-9]{5}$", number);
            Assert.Equal(StatusLevel.Practitioner, accreditation.Level);
            Assert.True(await db.AuditEvents.AnyAsync(a => a.SubjectId == accreditation.Id && a.Action == "Awarded"));
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Kind == "ResultsReleased" && m.Recipient == DemoData.SocialWorkerEmail
                )
            );
            Assert.Equal(
                4,
                await db.ElementMarks.CountAsync(m =>
                    m.EndorsementId == endorsement && m.Result == Naas.Domain.Results.ElementResult.Pass
                )
            );
        }
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var mine = WebUtility.HtmlDecode(await amara.GetStringAsync(ResultsLinks.MeResults()));
        Assert.Contains("You are an accredited child and family practitioner", mine);
        Assert.Contains(number, mine);

        // The public check: by registration number and surname, or by certificate number; nothing else is shown.
        var anyone = app.Browser();
        var byName = WebUtility.HtmlDecode(
            await anyone.GetStringAsync(PublicCheckLinks.Check() + "?RegistrationNumber=sw100001&Surname=okafor")
        );
        Assert.Contains("Accredited child and family practitioner", byName);
        Assert.Contains("Amara Okafor", byName);
        Assert.DoesNotContain("amara.okafor@leeds.example", byName);
        Assert.Contains(
            "Accredited child and family practitioner",
            WebUtility.HtmlDecode(await anyone.GetStringAsync(PublicCheckLinks.Check(number)))
        );
        Assert.Contains(
            "We have no accreditation matching those details",
            WebUtility.HtmlDecode(
                await anyone.GetStringAsync(PublicCheckLinks.Check() + "?RegistrationNumber=SW100001&Surname=Smith")
            )
        );
        Assert.Contains(
            "We have no accreditation matching those details",
            WebUtility.HtmlDecode(await anyone.GetStringAsync(PublicCheckLinks.Check("NAAS-AAAAA-22222")))
        );
        Assert.Contains(
            "Enter the social worker",
            WebUtility.HtmlDecode(
                await anyone.GetStringAsync(PublicCheckLinks.Check() + "?RegistrationNumber=SW100001&Surname=")
            )
        );
        var emptyNumber = WebUtility.HtmlDecode(
            await anyone.GetStringAsync(PublicCheckLinks.Check() + "?CertificateNumber=")
        );
        Assert.Contains("Enter the certificate number", emptyNumber);
        Assert.DoesNotContain("Enter the social worker", emptyNumber);

        // An employer cannot open the candidate's results page.
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Http.AssertRefused(await lead.GetAsync(ResultsLinks.MeResults()));
    }

    [Fact]
    public async Task A_knowledge_test_failed_outright_means_the_whole_assessment_again_after_the_longer_period_para76()
    {
        var endorsement = await SitRealTestAsync("SW100002", "tom.hughes@leeds.example", answerRight: false);
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var url = ResultsLinks.AdminAssessment(endorsement);
        await admin.PostFormAsync($"{url}?handler=Knowledge", [], url);
        await RecordAsync(admin, endorsement, "SimulatedObservation", "30");
        await RecordAsync(admin, endorsement, "Written", "27"); // a narrow fail too
        await RecordAsync(admin, endorsement, "Reflective", "35");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"{url}?handler=Release", Http.F(("confirmed", "true")), url)).StatusCode
        );
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        var page = WebUtility.HtmlDecode(await tom.GetStringAsync(ResultsLinks.MeResults()));
        Assert.Contains("You can take the whole assessment again from 23 November 2027", page);
        Assert.Contains("Not passed, narrowly", page);
        await using var db = app.Db();
        Assert.False(await db.Accreditations.AnyAsync(a => a.EndorsementId == endorsement));
    }
}
