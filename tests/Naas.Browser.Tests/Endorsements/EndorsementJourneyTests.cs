using Microsoft.Playwright;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Browser.Tests.Endorsements;

/// <summary>Employer lead → endorse → social worker agrees, in a real browser, with axe-core on every page.</summary>
public class EndorsementJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task Employer_lead_endorses_and_the_social_worker_agrees_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.EndsWith(WorkforceLinks.EmployerWorkforce(), page.Url);
        Assert.Equal("Your workforce", await page.Locator("h1").InnerTextAsync());

        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Amara Okafor" }));
        Assert.Contains("eligible since", await page.Locator("#eligibility-reason").InnerTextAsync());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Endorse Amara" }));

        await page.GetByLabel("Child and family practitioner").CheckAsync();
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        Assert.True(
            page.Url.EndsWith("/endorse/judgement"),
            $"{page.Url}: {await page.Locator("h1").InnerTextAsync()}"
        );

        // Submitting nothing shows the error summary, which links to the field; then fill it in.
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        Assert.Contains("There is a problem", await page.Locator(".govuk-error-summary").InnerTextAsync());
        Assert.StartsWith("Error:", await page.TitleAsync());
        await page.GetByLabel("How does their practice meet the standard?")
            .FillAsync("Consistently strong direct work with families; sound analysis.");
        await page.GetByLabel("What evidence did you rely on?")
            .FillAsync("Supervision records and two case file audits.");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        Assert.Equal("Check your answers before endorsing", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("two case file audits", await page.Locator(".govuk-summary-list").InnerTextAsync());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Endorse" }));
        Assert.Contains("has been endorsed", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Equal(
            "Waiting for the social worker to agree",
            await page.Locator(".endorsement-state").First.InnerTextAsync()
        );
        await page.SignOutAsync();

        await page.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.EndsWith(EligibilityLinks.Me(), page.Url);
        await page.ClickAndCheckAsync(
            page.GetByRole(AriaRole.Link, new() { Name = "Tell us if you agree to be put forward" })
        );
        await page.GetByLabel("Yes, put me forward").CheckAsync();
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send your answer" }));
        Assert.Contains(
            "You have agreed to be put forward",
            await page.Locator(".govuk-notification-banner").InnerTextAsync()
        );
        Assert.Equal("Agreed", await page.Locator("td.endorsement-state").First.InnerTextAsync());
        Assert.Contains("You have agreed to be put forward", await page.Locator("#next-step").InnerTextAsync());
    }

    [Fact]
    public async Task Endorsing_a_new_supervisor_early_needs_an_exception_and_can_be_withdrawn_with_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: true);
        await page.SignInAsync(DemoData.LeedsLeadEmail);
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Priya Shah" }));
        Assert.Contains(
            "New practice supervisors need 12 months",
            await page.Locator("#eligibility-reason").InnerTextAsync()
        );
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Endorse Priya" }));
        await page.GetByLabel("Practice supervisor").CheckAsync();
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        Assert.Contains("not eligible yet", await page.Locator("#not-eligible").InnerTextAsync());
        await page.GetByLabel("How does their practice meet the standard?").FillAsync("Leads the duty team well.");
        await page.GetByLabel("What evidence did you rely on?").FillAsync("Observed supervision sessions.");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        Assert.Contains(
            "Enter why you are endorsing them before they are eligible",
            await page.Locator(".govuk-error-summary").InnerTextAsync()
        );
        Assert.Equal(
            "Leads the duty team well.",
            await page.GetByLabel("How does their practice meet the standard?").InputValueAsync()
        );
        await page.GetByLabel("Why are you endorsing them now, as an exception?")
            .FillAsync("Covering a vacant team manager post; ready early.");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Endorse" }));

        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Withdraw this endorsement" }));
        await page.GetByLabel("Why are you withdrawing the endorsement?").FillAsync("Moved to a different team.");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Withdraw endorsement" }));
        Assert.Equal("Withdrawn", await page.Locator(".endorsement-state").First.InnerTextAsync());
    }

    [Fact]
    public async Task The_administrator_pages_are_accessible()
    {
        var page = await browser.NewPageAsync(javaScript: true);
        await page.SignInAsync(DemoData.AdminEmail);
        foreach (
            var url in new[]
            {
                WorkforceLinks.AdminOrganisations(),
                StandardsLinks.AdminStandards(),
                AdministrationLinks.AdminSettings(),
                KnowledgeTestLinks.AdminAdjustments(),
                AdministrationLinks.AdminInvitations(),
                AdministrationLinks.AdminAudit(),
                AccountLinks.Authenticator(),
            }
        )
            await page.GoAndCheckAsync(url);
        await page.GoAndCheckAsync(WorkforceLinks.AdminOrganisations() + "?q=tri");
        Assert.Contains("Westminster City Council", await page.Locator("table").InnerTextAsync());
    }

    [Fact]
    public async Task The_employer_forms_are_accessible_in_their_error_states_too()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync(DemoData.LeedsLeadEmail);
        await page.GoAndCheckAsync(WorkforceLinks.EmployerPeopleAdd());
        await page.GetByLabel("First name").FillAsync("Rosalind");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        Assert.Contains("Enter their last name", await page.Locator(".govuk-error-summary").InnerTextAsync());
        Assert.Equal("Rosalind", await page.GetByLabel("First name").InputValueAsync());
        // The summary's link moves focus to the field it names.
        Assert.Equal(
            "#Person_FamilyName",
            await page.Locator(".govuk-error-summary a").First.GetAttributeAsync("href")
        );

        // Completing the form through its labels saves the person: the field names the page renders bind.
        await page.GetByLabel("Last name").FillAsync("Franklin");
        await page.GetByLabel("Social Work England registration number").FillAsync("sw 555123");
        await page.GetByLabel("Email address").FillAsync("rosalind@example.org");
        var started = page.GetByRole(AriaRole.Group, new() { Name = "Date they started" });
        await started.GetByLabel("Day").FillAsync("3");
        await started.GetByLabel("Month").FillAsync("2");
        await started.GetByLabel("Year").FillAsync("2025");
        await page.GetByLabel("Permanent").CheckAsync();
        await page.GetByLabel("Full-time equivalent").FillAsync("0.8");
        await page.GetByRole(AriaRole.Group, new() { Name = "Role" })
            .GetByLabel("Child and family practitioner")
            .CheckAsync();
        await page.GetByLabel("Newly qualified (ASYE)").CheckAsync();
        await page.GetByLabel("Holding case responsibility for children in need and looked-after children")
            .CheckAsync();
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        Assert.Equal("Rosalind Franklin", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("SW555123", await page.Locator(".govuk-caption-l").InnerTextAsync());
        Assert.Contains("from 3 February 2025", await page.Locator("main").InnerTextAsync());

        await page.GoAndCheckAsync(WorkforceLinks.EmployerImport());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }));
        Assert.Contains("Select a CSV or XLSX file", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await page.GoAndCheckAsync(ApiLinks.EmployerApiKeys());
        await page.GoAndCheckAsync(AccountLinks.Authenticator());
    }

    [Fact]
    public async Task The_item_bank_pages_are_accessible()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync(DemoData.AuthorEmail);
        Assert.EndsWith(ItemBankLinks.AuthorItems(), page.Url);
        await page.GoAndCheckAsync(ItemBankLinks.AuthorItemsNew());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }));
        Assert.Contains("Select the type of question", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await page.GetByLabel("Single best answer").CheckAsync();
        await page.GetByLabel("General knowledge (all statuses)").CheckAsync();
        await page.GetByLabel("3. Child development").CheckAsync();
        await page.GetByLabel("Children in need").CheckAsync();
        await page.GetByLabel("Question", new() { Exact = true })
            .FillAsync("Which is a typical milestone at 12 months?");
        await page.GetByLabel("Options, one per line").FillAsync("Walking a few steps\nReading\nRiding a bicycle");
        await page.GetByLabel("Right answers, one per line").FillAsync("Walking a few steps");
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }));
        Assert.Equal("Walking a few steps", await page.Locator("#key").InnerTextAsync());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }));
        Assert.Contains("Submitted for review", await page.Locator(".govuk-notification-banner").InnerTextAsync());
    }

    [Fact]
    public async Task A_candidate_takes_the_practice_test_without_javascript_closes_the_page_and_resumes()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync("tom.hughes@leeds.example");
        await page.GoAndCheckAsync(KnowledgeTestLinks.Me());
        await page.ClickAndCheckAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Start the practice test", Exact = false })
        );
        Assert.Contains("Question 1 of 5", await page.Locator("main").InnerTextAsync());
        await page.Locator("main form input[type=radio], main form input[type=checkbox]:not(#flag)").First.CheckAsync();
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }));
        Assert.Contains("Question 2 of 5", await page.Locator("main").InnerTextAsync());

        // Close the page and come back: the answer is still there.
        await page.CloseAsync();
        var back = await page.Context.NewPageAsync();
        PageChecks.Checkers.Add(back, PageChecks.Checkers.TryGetValue(page, out var checker) ? checker! : back);
        await back.GoAndCheckAsync(KnowledgeTestLinks.Me());
        await back.ClickAndCheckAsync(back.GetByRole(AriaRole.Link, new() { Name = "Continue your test" }));
        Assert.True(await back.Locator("main form input:checked").CountAsync() >= 1);
        await back.ClickAndCheckAsync(
            back.GetByRole(AriaRole.Button, new() { Name = "Save and check your answers" }).Last
        );
        Assert.Equal("Check your answers", await back.Locator("h1").InnerTextAsync());
        await back.ClickAndCheckAsync(back.GetByRole(AriaRole.Button, new() { Name = "Submit your answers" }));
        Assert.Contains("Your answers have been submitted", await back.Locator("h1").InnerTextAsync());
        Assert.Contains("out of 5", await back.Locator("#practice-score").InnerTextAsync());
    }

    [Fact]
    public async Task With_javascript_the_clock_counts_down_and_answers_save_as_they_are_given()
    {
        var page = await browser.NewPageAsync(javaScript: true);
        await page.SignInAsync(DemoData.SocialWorkerEmail);
        await page.GoAndCheckAsync(KnowledgeTestLinks.Me());
        await page.ClickAndCheckAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Start the practice test", Exact = false })
        );
        var before = Seconds(await page.Locator("#time-text").InnerTextAsync());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await page.Locator("main form input[type=radio], main form input[type=checkbox]:not(#flag)").First.CheckAsync();
        await Microsoft
            .Playwright.Assertions.Expect(page.Locator("#save-status"))
            .ToHaveTextAsync("Your answer has been saved");
        await page.AssertAccessibleAsync();
        // Down, not up, and by about the time that passed (a clock that counted up, or ran fast, would fail here).
        await page.WaitForFunctionAsync(
            $"() => document.querySelector('#time-text').innerText !== '{await page.Locator("#time-text").InnerTextAsync()}'"
        );
        var after = Seconds(await page.Locator("#time-text").InnerTextAsync());
        Assert.True(after < before, $"The clock went from {before}s to {after}s");
        Assert.InRange(before - after, 1, (int)watch.Elapsed.TotalSeconds + 2);

        // Saved on the server without the form being submitted.
        await using var db = browser.App.Db();
        var attemptId = Guid.Parse(new Uri(page.Url).Segments[3].TrimEnd('/'));
        Assert.True(
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
                db.KnowledgeAnswers,
                a => a.AttemptId == attemptId && a.Position == 1
            )
        );
    }

    [Fact]
    public async Task The_invigilation_pages_are_accessible()
    {
        // A candidate of its own booked at a centre (Daniel, whom no other test here uses: a running test of Tom's
        // would hide his practice test, and Priya is endorsed by another), so the walk does not depend on other tests.
        Guid danielId,
            bookingId;
        await using (var db = browser.App.Db())
        {
            var daniel = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.SocialWorkers,
                p => p.RegistrationNumber == "SW100004"
            );
            var leeds = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.Organisations,
                o => o.Name == "Leeds City Council"
            );
            var e = new Naas.Data.Entities.Endorsement
            {
                SocialWorkerId = daniel.Id,
                OrganisationId = leeds.Id,
                Level = Naas.Domain.Workforce.StatusLevel.Practitioner,
                State = Naas.Domain.Endorsements.EndorsementState.Agreed,
                Judgement = "Ready",
                Evidence = "Audits",
                EligibilityAtEndorsement = "Eligible",
                EndorsedAt = Naas.Web.Tests.NaasFactory.Now,
                EndorsedBy = "Jo Fletcher",
            };
            db.Endorsements.Add(e);
            db.Record(new ArrangedOutsideTheService("Endorsement", e.Id, "Endorsed", "Arranged for the test"));
            await db.SaveChangesAsync();
            danielId = daniel.Id;
        }
        using (
            var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(
                browser.App.Services
            )
        )
        {
            var bookings =
                Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Naas.Web.Features.KnowledgeTest.BookingService>(
                    scope.ServiceProvider
                );
            var endorsement = await bookings.BookableEndorsementAsync(danielId, CancellationToken.None);
            var choice = (await bookings.ChoicesAsync(endorsement!, CancellationToken.None)).First(c =>
                c.Location == "Leeds assessment centre"
            );
            var (booking, problem) = await bookings.BookAsync(danielId, choice.Value, null, CancellationToken.None);
            Assert.True(booking is not null, problem);
            bookingId = booking!.Id;
        }
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync(DemoData.InvigilatorEmail);
        Assert.EndsWith(KnowledgeTestLinks.Invigilator(), page.Url);
        Assert.Contains("Daniel Mensah", await page.Locator("#arrivals").InnerTextAsync());
        await page.ClickAndCheckAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Identity checked: let them start (Daniel Mensah)" })
        );
        Assert.Contains(
            "Daniel Mensah can now start their test at Leeds assessment centre",
            await page.Locator(".govuk-notification-banner").InnerTextAsync()
        );
        using (
            var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(
                browser.App.Services
            )
        )
        {
            var tests =
                Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Naas.Web.Features.KnowledgeTest.SittingStart>(
                    scope.ServiceProvider
                );
            var (attempt, problem) = await tests.StartBookedAsync(danielId, bookingId, CancellationToken.None);
            Assert.True(attempt is not null, problem);
        }
        await page.GoAndCheckAsync(KnowledgeTestLinks.Invigilator());
        await page.ClickAndCheckAsync(page.GetByRole(AriaRole.Link, new() { Name = "Daniel Mensah" }));
        Assert.Contains("Started", await page.Locator("#timing").InnerTextAsync());
    }

    /// <summary>"14 minutes 58 seconds" or "42 seconds" as a number of seconds.</summary>
    private static int Seconds(string text)
    {
        var m = System.Text.RegularExpressions.Regex.Match(text, @"(?:(\d+) minutes? )?(\d+) seconds?");
        Assert.True(m.Success, $"Not a time: {text}");
        return (m.Groups[1].Success ? int.Parse(m.Groups[1].Value) * 60 : 0) + int.Parse(m.Groups[2].Value);
    }
}
