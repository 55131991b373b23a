using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>Bad input on pages gets a GOV.UK error summary that names the field, and keeps what was typed.</summary>
public class PageTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task Adding_a_person_with_bad_input_names_each_field_and_keeps_what_was_typed()
    {
        var client = app.Browser();
        await client.SignInAsync(DemoData.LeedsLeadEmail);
        var response = await client.PostFormAsync(
            WorkforceLinks.EmployerPeopleAdd(),
            Http.F(
                ("Person.GivenName", "Rosalind"),
                ("Person.FamilyName", ""),
                ("Person.RegistrationNumber", "RF-99"),
                ("Person.Email", "rosalind@example.org"),
                ("Person.QualifiedOn.Day", "31"),
                ("Person.QualifiedOn.Month", "2"),
                ("Person.QualifiedOn.Year", "2020"),
                ("Engagement.Start.Day", "1"),
                ("Engagement.Start.Month", ""),
                ("Engagement.Start.Year", "2025"),
                ("Engagement.FullTimeEquivalent", "lots"),
                ("Engagement.RoleLevel", "Practitioner"),
                ("Engagement.EntryRoute", "Asye")
            )
        );
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("href=\"#Person_FamilyName\">Enter their last name", html);
        Assert.Contains(
            "href=\"#Person_RegistrationNumber\">Enter a registration number in the correct format, like SW123456",
            html
        );
        Assert.Contains("Date qualified must be a real date", html);
        Assert.Contains("Date they started must include a month", html);
        Assert.Contains("Full-time equivalent must be a number", html);
        Assert.Contains("Select whether they are permanent, agency or self-employed", html);
        Assert.Contains("value=\"Rosalind\"", html);
        // The summary lists errors in the order of the fields on the page (the GOV.UK pattern).
        var from = html.IndexOf("govuk-error-summary__list", StringComparison.Ordinal);
        var summary = html[from..html.IndexOf("</ul>", from, StringComparison.Ordinal)];
        Assert.True(
            summary.IndexOf("Enter their last name", StringComparison.Ordinal)
                < summary.IndexOf("like SW123456", StringComparison.Ordinal)
                && summary.IndexOf("like SW123456", StringComparison.Ordinal)
                    < summary.IndexOf("Date qualified must be a real date", StringComparison.Ordinal)
                && summary.IndexOf("Date qualified must be a real date", StringComparison.Ordinal)
                    < summary.IndexOf("Date they started must include a month", StringComparison.Ordinal),
            summary
        );
        Assert.Contains("value=\"RF-99\"", html);
        Assert.Contains("value=\"lots\"", html);
        Assert.Contains("value=\"Practitioner\" checked", html);
        await using var db = app.Db();
        Assert.False(await db.SocialWorkers.AnyAsync(p => p.GivenName == "Rosalind"));
    }

    [Fact]
    public async Task The_workforce_summary_counts_functions_status_eligibility_and_the_practice_leader_para57()
    {
        var client = app.Browser();
        await client.SignInAsync(DemoData.LeedsLeadEmail);
        var html = await client.GetStringAsync(WorkforceLinks.EmployerWorkforce());
        Assert.Contains("id=\"summary-functions\">5<", html); // Amara, Tom, Priya, Daniel, Ruth
        Assert.Contains("id=\"summary-held\">1<", html); // Ruth, practice leader
        Assert.Contains("Practice leader in post", html);

        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);
        Assert.Contains("You do not have one yet", await manchester.GetStringAsync(WorkforceLinks.EmployerWorkforce()));
    }

    [Fact]
    public async Task A_policy_setting_change_needs_a_reason_is_audited_and_changes_eligibility()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var noReason = await admin.PostFormAsync(AdministrationLinks.AdminSettings(), Settings("12"));
        Assert.Contains("Enter the reason for the change", await noReason.Content.ReadAsStringAsync());
        var bad = await admin.PostFormAsync(
            AdministrationLinks.AdminSettings(),
            Settings("twelve").Append(new("Reason", "r"))
        );
        Assert.Contains("Enter a whole number of months", await bad.Content.ReadAsStringAsync());
        var ok = await admin.PostFormAsync(
            AdministrationLinks.AdminSettings(),
            Settings("6").Append(new("Reason", "Consultation response, question 5"))
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        await using var db = app.Db();
        Assert.Equal(
            6,
            (
                await db.PolicySettings.SingleAsync(s =>
                    s.Key == "MovedFromOtherSocialWorkPutForwardMonths.Practitioner"
                )
            ).Value
        );
        var audit = await db.AuditEvents.SingleAsync(a => a.SubjectType == "PolicySetting" && a.Action == "Changed");
        Assert.Equal("Consultation response, question 5", audit.Reason);
        Assert.Contains("12 → 6", audit.Summary);
        Assert.Contains(
            "Consultation response, question 5",
            await admin.GetStringAsync(AdministrationLinks.AdminAudit())
        );

        // Daniel moved from other social work 18 months ago: with a 6-month window he is now past his date.
        var leeds = app.Browser();
        await leeds.SignInAsync(DemoData.LeedsLeadEmail);
        var dan = await db.SocialWorkers.Where(p => p.RegistrationNumber == "SW100004").Select(p => p.Id).SingleAsync();
        Assert.Contains(
            "That date has passed",
            WebUtility.HtmlDecode(await leeds.GetStringAsync(WorkforceLinks.EmployerPeopleDetails(dan)))
        );
    }

    private static IEnumerable<KeyValuePair<string, string>> Settings(string movedFromOther) =>
        Naas.Domain.Eligibility.EligibilityPolicy.Settings.SelectMany(
            (s, i) =>
                Http.F(
                    ($"Rows[{i}].Key", s.Key),
                    (
                        $"Rows[{i}].Value",
                        s.Key == "MovedFromOtherSocialWorkPutForwardMonths.Practitioner"
                            ? movedFromOther
                            : s.Default.ToString()
                    )
                )
        );

    [Fact]
    public async Task Employer_pages_need_an_employer_lead_and_admin_pages_an_administrator()
    {
        var anonymous = app.Browser();
        var r = await anonymous.GetAsync(WorkforceLinks.EmployerWorkforce());
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith(AccountLinks.SignIn(), r.Headers.Location!.PathAndQuery);
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.Contains(
            AccountLinks.AccessDenied(),
            (await lead.GetAsync(WorkforceLinks.AdminOrganisations())).Headers.Location!.ToString()
        );
    }

    [Fact]
    public async Task Sign_in_with_the_wrong_password_says_so_without_saying_which_part_was_wrong()
    {
        var client = app.Browser();
        var response = await client.PostFormAsync(
            AccountLinks.SignIn(),
            Http.F(("Input.Email", DemoData.LeedsLeadEmail), ("Input.Password", "wrong-password-1"))
        );
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The email address or password is not right", html);
        Assert.Contains($"value=\"{DemoData.LeedsLeadEmail}\"", html);
    }
}
