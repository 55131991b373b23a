using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;

namespace Naas.Web.Tests;

/// <summary>Light-touch re-accreditation (¶77–78): CPD logged against the standards, the employer's endorsement, and the
/// next due date, as the default settings have it (30 hours, endorsement needed, no short assessment, three years).</summary>
public class ReaccreditationTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> Cpd(string day, string hours, string? area, string description) =>
        Http.F(("Date.Day", day), ("Date.Month", "11"), ("Date.Year", "2026"), ("Hours", hours), ("Area", area ?? ""), ("Description", description));

    [Fact]
    public async Task CPD_hours_and_the_employers_endorsement_renew_an_accreditation_for_the_set_period_para77_para78()
    {
        var endorsement = await Assessed.MarkedAsync(app, "SW100002", 30, 30, 30, 30);
        await Assessed.ReleaseAsync(app, endorsement);
        string area;
        await using (var db = app.Db()) area = (await db.KnowledgeAreas.Where(k => db.Statuses.Any(s => s.Id == k.StatusId && s.Level == Naas.Domain.Workforce.StatusLevel.Practitioner)).OrderBy(k => k.Number).FirstAsync()).Id.ToString();
        var tom = app.Browser();
        await tom.SignInAsync("tom.hughes@leeds.example");
        const string url = "/me/reaccreditation?handler=Log";
        var bad = await Assessed.TextAsync(await tom.PostFormAsync(url, Cpd("30", "200", null, "Course on direct work with children"), "/me/reaccreditation"));
        Assert.Contains("The date of the CPD must be today or in the past", bad);
        Assert.Contains("Hours must be a number from 0.25 to 100", bad);
        Assert.Contains("Select the area of the standards this CPD develops", bad);
        Assert.Contains("Course on direct work with children", bad); // what was typed is kept
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PostFormAsync(url, Cpd("23", "20", area, "Course on direct work with children"), "/me/reaccreditation")).StatusCode);

        Guid accreditation;
        await using (var db = app.Db()) accreditation = (await db.Accreditations.SingleAsync(a => a.EndorsementId == endorsement)).Id;
        var submit = $"/me/reaccreditation?handler=Submit&accreditationId={accreditation}";
        Assert.Contains("You have logged 20 of the 30 hours", await Assessed.TextAsync(await tom.PostFormAsync(submit, [], "/me/reaccreditation")));
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PostFormAsync(url, Cpd("23", "10.5", area, "Reading group on neglect"), "/me/reaccreditation")).StatusCode);
        Assert.Contains("Select the employer to endorse you", await Assessed.TextAsync(await tom.PostFormAsync(submit, [], "/me/reaccreditation")));
        Guid leeds;
        await using (var db = app.Db()) leeds = (await db.Organisations.SingleAsync(o => o.Name == "Leeds City Council")).Id;
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PostFormAsync(submit, Http.F(("Employer", leeds.ToString())), "/me/reaccreditation")).StatusCode);
        Assert.Contains("waiting for your employer", await tom.GetStringAsync("/me/reaccreditation"));

        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);
        Assert.DoesNotContain("Tom Hughes", await manchester.GetStringAsync("/employer/reaccreditation"));
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.Contains("30.5 hours of CPD", WebUtility.HtmlDecode(await lead.GetStringAsync("/employer/reaccreditation")));
        Guid pending;
        await using (var db = app.Db()) pending = (await db.Reaccreditations.SingleAsync(r => r.AccreditationId == accreditation)).Id;
        Assert.Contains("Enter your judgement", await Assessed.TextAsync(await lead.PostFormAsync($"/employer/reaccreditation?id={pending}", [], "/employer/reaccreditation")));
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/employer/reaccreditation?id={pending}", Http.F(("EmployerStatement", "Consistently good supervision records.")), "/employer/reaccreditation")).StatusCode);

        await using (var db = app.Db())
        {
            var a = await db.Accreditations.SingleAsync(x => x.Id == accreditation);
            Assert.Equal(new DateOnly(2032, 11, 23), a.ReaccreditationDue); // three years on from the old due date
            Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectId == accreditation && e.Action == "Reaccredited"));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectId == pending && e.Action == "Endorsed"));
        }
        Assert.Contains("23 November 2032", await tom.GetStringAsync("/me/reaccreditation"));
    }
}
