using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Reaccreditations;

/// <summary>Light-touch re-accreditation (¶77–78): CPD logged against the standards, the employer's endorsement, and
/// the next due date, as the default settings have it (30 hours, endorsement needed, no short assessment, three
/// years).</summary>
public class ReaccreditationTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> Cpd(
        string day,
        string hours,
        string? area,
        string description
    ) =>
        Http.F(
            ("Date.Day", day),
            ("Date.Month", "11"),
            ("Date.Year", "2026"),
            ("Hours", hours),
            ("Area", area ?? ""),
            ("Description", description)
        );

    [Fact]
    public async Task CPD_hours_and_the_employers_endorsement_renew_an_accreditation_for_the_set_period_para77_para78()
    {
        var endorsement = await Assessed.MarkedAsync(app, "SW100002", 30, 30, 30, 30);
        await Assessed.ReleaseAsync(app, endorsement);
        string area;
        await using (var db = app.Db())
            area = (
                await db
                    .KnowledgeAreas.Where(k =>
                        db.Statuses.Any(s =>
                            s.Id == k.StatusId && s.Level == Naas.Domain.Workforce.StatusLevel.Practitioner
                        )
                    )
                    .OrderBy(k => k.Number)
                    .FirstAsync()
            ).Id.ToString();
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        var url = ReaccreditationsLinks.MeReaccreditation() + "?handler=Log";
        var bad = await Assessed.TextAsync(
            await tom.PostFormAsync(
                url,
                Cpd("30", "200", null, "Course on direct work with children"),
                ReaccreditationsLinks.MeReaccreditation()
            )
        );
        Assert.Contains("The date of the CPD must be today or in the past", bad);
        Assert.Contains("Hours must be a number from 0.25 to 100", bad);
        Assert.Contains("Select the area of the standards this CPD develops", bad);
        Assert.Contains("Course on direct work with children", bad); // what was typed is kept
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await tom.PostFormAsync(
                    url,
                    Cpd("23", "20", area, "Course on direct work with children"),
                    ReaccreditationsLinks.MeReaccreditation()
                )
            ).StatusCode
        );

        Guid accreditation;
        await using (var db = app.Db())
            accreditation = (await db.Accreditations.SingleAsync(a => a.EndorsementId == endorsement)).Id;
        var submit = $"{ReaccreditationsLinks.MeReaccreditation()}?handler=Submit&accreditationId={accreditation}";
        Assert.Contains(
            "You have logged 20 of the 30 hours",
            await Assessed.TextAsync(await tom.PostFormAsync(submit, [], ReaccreditationsLinks.MeReaccreditation()))
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await tom.PostFormAsync(
                    url,
                    Cpd("23", "10.5", area, "Reading group on neglect"),
                    ReaccreditationsLinks.MeReaccreditation()
                )
            ).StatusCode
        );
        Assert.Contains(
            "Select the employer to endorse you",
            await Assessed.TextAsync(await tom.PostFormAsync(submit, [], ReaccreditationsLinks.MeReaccreditation()))
        );
        Guid leeds;
        await using (var db = app.Db())
            leeds = (await db.Organisations.SingleAsync(o => o.Name == "Leeds City Council")).Id;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await tom.PostFormAsync(
                    submit,
                    Http.F(("Employer", leeds.ToString())),
                    ReaccreditationsLinks.MeReaccreditation()
                )
            ).StatusCode
        );
        Assert.Contains(
            "waiting for your employer",
            await tom.GetStringAsync(ReaccreditationsLinks.MeReaccreditation())
        );

        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);
        Assert.DoesNotContain("Tom Hughes", await manchester.GetStringAsync(ReaccreditationsLinks.Employer()));
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.Contains(
            "30.5 hours of CPD",
            WebUtility.HtmlDecode(await lead.GetStringAsync(ReaccreditationsLinks.Employer()))
        );
        Guid pending;
        await using (var db = app.Db())
            pending = (await db.Reaccreditations.SingleAsync(r => r.AccreditationId == accreditation)).Id;
        Assert.Contains(
            "Enter your judgement",
            await Assessed.TextAsync(
                await lead.PostFormAsync(
                    $"{ReaccreditationsLinks.Employer()}?id={pending}",
                    [],
                    ReaccreditationsLinks.Employer()
                )
            )
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await lead.PostFormAsync(
                    $"{ReaccreditationsLinks.Employer()}?id={pending}",
                    Http.F(("EmployerStatement", "Consistently good supervision records.")),
                    ReaccreditationsLinks.Employer()
                )
            ).StatusCode
        );

        await using (var db = app.Db())
        {
            var a = await db.Accreditations.SingleAsync(x => x.Id == accreditation);
            Assert.Equal(new DateOnly(2032, 11, 23), a.ReaccreditationDue); // three years on from the old due date
            Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectId == accreditation && e.Action == "Reaccredited"));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectId == pending && e.Action == "Endorsed"));
        }
        Assert.Contains("23 November 2032", await tom.GetStringAsync(ReaccreditationsLinks.MeReaccreditation()));
    }
}

/// <summary>Re-accreditation when the settings need a short assessment and no endorsement (¶77–78): the short
/// assessment is delivered outside the service and its mark recorded by the programme; a pass renews, a fail ends the
/// request with the reason and the social worker may ask again. Its own fixture, because it changes the
/// settings.</summary>
public class ShortAssessmentReaccreditationTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task A_short_assessment_when_the_settings_need_one_renews_on_a_pass_and_closes_the_request_on_a_fail_para78()
    {
        using (var scope = app.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<Naas.Web.Features.Administration.PolicyStore>();
            Assert.True(
                await store.ChangeAsync(
                    Naas.Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationShortAssessment,
                    1,
                    "Consultation response: a short assessment"
                )
            );
            Assert.True(
                await store.ChangeAsync(
                    Naas.Domain.Eligibility.EligibilityPolicy.Keys.ReaccreditationEndorsement,
                    0,
                    "Consultation response: no endorsement"
                )
            );
        }
        var endorsement = await Assessed.MarkedAsync(app, "SW100002", 30, 30, 30, 30);
        await Assessed.ReleaseAsync(app, endorsement);
        string area;
        Guid accreditation;
        await using (var db = app.Db())
        {
            area = (
                await db
                    .KnowledgeAreas.Where(k =>
                        db.Statuses.Any(s =>
                            s.Id == k.StatusId && s.Level == Naas.Domain.Workforce.StatusLevel.Practitioner
                        )
                    )
                    .OrderBy(k => k.Number)
                    .FirstAsync()
            ).Id.ToString();
            accreditation = (await db.Accreditations.SingleAsync(a => a.EndorsementId == endorsement)).Id;
        }
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await tom.PostFormAsync(
                    ReaccreditationsLinks.MeReaccreditation() + "?handler=Log",
                    Http.F(
                        ("Date.Day", "23"),
                        ("Date.Month", "11"),
                        ("Date.Year", "2026"),
                        ("Hours", "30"),
                        ("Area", area),
                        ("Description", "Systemic practice course")
                    ),
                    ReaccreditationsLinks.MeReaccreditation()
                )
            ).StatusCode
        );
        var submit = $"{ReaccreditationsLinks.MeReaccreditation()}?handler=Submit&accreditationId={accreditation}";
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await tom.PostFormAsync(submit, [], ReaccreditationsLinks.MeReaccreditation())).StatusCode
        );
        Assert.Contains(
            "waiting for your short assessment",
            await Assessed.TextAsync(await tom.GetAsync(ReaccreditationsLinks.MeReaccreditation()))
        );
        await using (var db = app.Db())
        {
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == DemoData.AdminEmail && m.Subject == "A re-accreditation short assessment to arrange"
                )
            );
            Assert.Null((await db.Reaccreditations.SingleAsync(r => r.AccreditationId == accreditation)).CompletedAt);
        }

        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        Assert.Contains("Tom Hughes (SW100002)", await admin.GetStringAsync(AccreditationsLinks.Admin()));
        var show = AccreditationsLinks.AdminShow(accreditation);
        var bad = await Assessed.TextAsync(
            await admin.PostFormAsync(
                $"{show}?handler=ShortAssessment",
                Http.F(("Score", "50"), ("Max", "40"), ("PassMark", "")),
                show
            )
        );
        Assert.Contains("The score cannot be more than the marks available", bad);
        Assert.Contains("Enter the pass mark", bad);
        Assert.Contains("value=\"50\"", bad);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{show}?handler=ShortAssessment",
                    Http.F(("Score", "20"), ("Max", "40"), ("PassMark", "28")),
                    show
                )
            ).StatusCode
        );
        await using (var db = app.Db())
        {
            var r = await db.Reaccreditations.SingleAsync(x => x.AccreditationId == accreditation);
            Assert.Equal(
                ("The short assessment was not passed (20 of 40; the pass mark was 28)", (DateTimeOffset?)null),
                (r.ClosedReason, r.CompletedAt)
            );
            Assert.Equal(
                new DateOnly(2029, 11, 23),
                (await db.Accreditations.SingleAsync(a => a.Id == accreditation)).ReaccreditationDue
            );
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == "tom.hughes@leeds.example" && m.Body.Contains("was not passed")
                )
            );
        }
        Assert.Contains(
            "The short assessment was not passed",
            await Assessed.TextAsync(await tom.GetAsync(ReaccreditationsLinks.MeReaccreditation()))
        );

        // Asking again: a new request, and this time a pass renews.
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await tom.PostFormAsync(submit, [], ReaccreditationsLinks.MeReaccreditation())).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{show}?handler=ShortAssessment",
                    Http.F(("Score", "31"), ("Max", "40"), ("PassMark", "28")),
                    show
                )
            ).StatusCode
        );
        await using (var db = app.Db())
        {
            Assert.Equal(
                new DateOnly(2032, 11, 23),
                (await db.Accreditations.SingleAsync(a => a.Id == accreditation)).ReaccreditationDue
            );
            var requests = await db.Reaccreditations.Where(x => x.AccreditationId == accreditation).ToListAsync();
            Assert.Equal(2, requests.Count);
            Assert.Single(requests, r => r.CompletedAt != null && r.ShortAssessmentPassed == true);
            Assert.Equal(
                2,
                await db.AuditEvents.CountAsync(a =>
                    a.Action == "ShortAssessmentMarked" && requests.Select(r => (Guid?)r.Id).Contains(a.SubjectId)
                )
            );
        }
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await admin.PostFormAsync(
                    $"{show}?handler=ShortAssessment",
                    Http.F(("Score", "31"), ("Max", "40"), ("PassMark", "28")),
                    show
                )
            ).StatusCode
        );
    }
}
