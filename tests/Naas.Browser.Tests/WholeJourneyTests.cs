using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.ItemBank;
using Naas.Web.Features;

namespace Naas.Browser.Tests;

/// <summary>The whole way, in a real browser without JavaScript and with axe-core on every page: the employer
/// endorses, the social worker agrees, books and sits the knowledge test; the programme marks and releases; the
/// social worker finds their result, report and certificate, and anyone can check it from the certificate's
/// link.</summary>
public class WholeJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task From_endorsement_through_the_knowledge_test_to_released_results_a_certificate_and_a_public_check()
    {
        // The employer endorses Amara; she agrees.
        var employer = await browser.NewPageAsync(javaScript: false);
        await employer.SignInAsync(DemoData.LeedsLeadEmail);
        await employer.ClickAndCheckAsync(employer.GetByRole(AriaRole.Link, new() { Name = "Amara Okafor" }));
        await employer.ClickAndCheckAsync(employer.GetByRole(AriaRole.Link, new() { Name = "Endorse Amara" }));
        await employer.GetByLabel("Child and family practitioner").CheckAsync();
        await employer.ClickAndCheckAsync(employer.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await employer
            .GetByLabel("How does their practice meet the standard?")
            .FillAsync("Consistently strong direct work with families.");
        await employer
            .GetByLabel("What evidence did you rely on?")
            .FillAsync("Supervision records and two case file audits.");
        await employer.ClickAndCheckAsync(employer.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await employer.ClickAndCheckAsync(employer.GetByRole(AriaRole.Button, new() { Name = "Endorse" }));

        var amara = await browser.NewPageAsync(javaScript: false);
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        await amara.ClickAndCheckAsync(
            amara.GetByRole(AriaRole.Link, new() { Name = "Tell us if you agree to be put forward" })
        );
        await amara.GetByLabel("Yes, put me forward").CheckAsync();
        await amara.ClickAndCheckAsync(amara.GetByRole(AriaRole.Button, new() { Name = "Send your answer" }));

        // She books and sits the test, answering every question right.
        await amara.GoAndCheckAsync(KnowledgeTestLinks.Me());
        await amara.ClickAndCheckAsync(amara.GetByRole(AriaRole.Link, new() { Name = "Book your knowledge test" }));
        await amara.GetByLabel("Remote, ", new() { Exact = false }).CheckAsync();
        await amara.ClickAndCheckAsync(amara.GetByRole(AriaRole.Button, new() { Name = "Book the test" }));
        await amara.ClickAndCheckAsync(amara.GetByRole(AriaRole.Button, new() { Name = "Start your knowledge test" }));
        Guid endorsementId;
        List<KnowledgeItemVersion> form;
        await using (var db = browser.App.Db())
        {
            var attempt = await db.KnowledgeAttempts.SingleAsync(a => a.BookingId != null);
            var ids = attempt.Items;
            var versions = await db.KnowledgeItemVersions.Where(v => ids.Contains(v.Id)).ToListAsync();
            form = ids.Select(id => versions.Single(v => v.Id == id)).ToList();
            endorsementId = (await db.TestBookings.SingleAsync(b => b.AttemptId == attempt.Id)).EndorsementId;
        }
        foreach (var v in form)
        {
            var options = KnowledgeItemVersion.Lines(v.Options).ToList();
            var key = KnowledgeItemVersion.Lines(v.Key);
            if (v.Type == ItemType.MultiPart)
                for (var i = 0; i < options.Count; i++)
                    await amara.Locator($"#s{i}-{(key.Contains(options[i]) ? "true" : "false")}").CheckAsync();
            else
                foreach (var k in key)
                    await amara.Locator($"#o{options.IndexOf(k)}").CheckAsync();
            await amara.ClickAndCheckAsync(
                amara
                    .GetByRole(AriaRole.Button, new() { Name = "Save and continue" })
                    .Or(amara.GetByRole(AriaRole.Button, new() { Name = "Save and check your answers" }))
                    .First
            );
        }
        await amara.ClickAndCheckAsync(amara.GetByRole(AriaRole.Button, new() { Name = "Submit your answers" }));
        Assert.DoesNotContain(
            "right",
            (await amara.Locator("main").InnerTextAsync()).ToLowerInvariant().Replace("copyright", "")
        ); // no feedback before release

        // The programme marks the knowledge test, records the other elements with the observer's narrative, releases.
        var admin = await browser.NewPageAsync(javaScript: false);
        await admin.SignInAsync(DemoData.AdminEmail);
        await admin.GoAndCheckAsync(ResultsLinks.Admin());
        await admin.GoAndCheckAsync(ResultsLinks.AdminAssessment(endorsementId));
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Button, new() { Name = "Mark the submitted knowledge test" })
        );
        foreach (var element in new[] { "SimulatedObservation", "Written", "Reflective" })
        {
            await admin.Locator($"input[name=Element][value={element}]").CheckAsync();
            await admin.GetByLabel("Score").FillAsync("34");
            await admin.GetByLabel("Marks available").FillAsync("40");
            await admin.GetByLabel("Pass mark").FillAsync("28");
            if (element == "SimulatedObservation")
                await admin
                    .GetByLabel("Feedback for the candidate (optional)")
                    .FillAsync("Warm, purposeful conversation with the parent; the safety plan was specific.");
            await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Record marks" }));
            Assert.Contains(
                $"Marks recorded for the {element} element",
                await admin.Locator(".govuk-notification-banner").InnerTextAsync()
            );
        }
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Release results" }));
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Button, new() { Name = "Confirm and release results" })
        );
        Assert.Contains(
            "Results released: accredited",
            await admin.Locator(".govuk-notification-banner").InnerTextAsync()
        );

        // Amara finds her result, her report and her certificate.
        await amara.GoAndCheckAsync(ResultsLinks.MeResults());
        Assert.Contains(
            "You are an accredited child and family practitioner",
            await amara.Locator(".govuk-panel").InnerTextAsync()
        );
        var number = (await amara.Locator("#certificate-number").InnerTextAsync()).Trim();
        await amara.ClickAndCheckAsync(
            amara.GetByRole(AriaRole.Link, new() { Name = "Your full report, with feedback and scores by area" })
        );
        Assert.Contains("safety plan was specific", await amara.Locator("main").InnerTextAsync());
        await amara.GoAndCheckAsync(ResultsLinks.MeResults());
        await amara.ClickAndCheckAsync(
            amara.GetByRole(AriaRole.Link, new() { Name = "Your certificate and digital credential" })
        );
        var download = await amara.RunAndWaitForDownloadAsync(() =>
            amara.GetByRole(AriaRole.Link, new() { Name = "Certificate (PDF)" }).ClickAsync()
        );
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.Contains(number, pdf.GetPage(1).Text);
        var link = pdf.GetPage(1).GetHyperlinks().Select(h => h.Uri).Distinct().Single();

        // Anyone follows the certificate's link to the public check.
        var anyone = await browser.NewPageAsync(javaScript: false);
        await anyone.GoAndCheckAsync(new Uri(link).PathAndQuery);
        var found = await anyone.Locator("#check-result").InnerTextAsync();
        Assert.Contains("Amara Okafor", found);
        Assert.Contains("Accredited child and family practitioner", found);
    }

    [Fact]
    public async Task The_standard_setting_sharing_and_employer_results_pages_are_accessible()
    {
        var admin = await browser.NewPageAsync(javaScript: false);
        await admin.SignInAsync(DemoData.AdminEmail);
        await admin.GoAndCheckAsync(StandardSettingLinks.Admin());
        await admin.GetByLabel("child and family practitioner").CheckAsync();
        await admin.GetByLabel("Written exercise", new() { Exact = true }).CheckAsync();
        await admin
            .GetByLabel("Panel 1: panellists' email addresses")
            .FillAsync("panellist1@naas.example\npanellist2@naas.example");
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Set up the exercise" }));
        var errors = await admin.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("Enter the marking criteria", errors);
        Assert.Contains("panellists' email addresses for panel 2", errors);
        Assert.Equal(
            "panellist1@naas.example\npanellist2@naas.example",
            await admin.GetByLabel("Panel 1: panellists' email addresses").InputValueAsync()
        );
        await admin
            .GetByLabel("Marking criteria (not for the knowledge test)")
            .FillAsync("Analysis of risk|20\nRecording and decisions|20");
        await admin
            .GetByLabel("Panel 2: panellists' email addresses")
            .FillAsync("panellist3@naas.example\npanellist4@naas.example");
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Set up the exercise" }));
        Assert.Contains("Round 1 is open", await admin.Locator("#stage").InnerTextAsync());

        var panellist = await browser.NewPageAsync(javaScript: false);
        await panellist.SignInAsync("panellist1@naas.example");
        await panellist.GoAndCheckAsync(StandardSettingLinks.Panel());
        await panellist.ClickAndCheckAsync(
            panellist.GetByRole(AriaRole.Link, new() { Name = "Written exercise for child and family practitioner" })
        );
        await panellist.GetByLabel("Analysis of risk").FillAsync("25");
        await panellist.ClickAndCheckAsync(panellist.GetByRole(AriaRole.Button, new() { Name = "Save my ratings" }));
        Assert.Contains("must be marks from 0 to 20", await panellist.Locator(".govuk-error-summary").InnerTextAsync());
        Assert.Equal("25", await panellist.GetByLabel("Analysis of risk").InputValueAsync());

        var amara = await browser.NewPageAsync(javaScript: false);
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        await amara.GoAndCheckAsync(AccreditationsLinks.MeSharing());
        var employer = await browser.NewPageAsync(javaScript: false);
        await employer.SignInAsync(DemoData.LeedsLeadEmail);
        await employer.GoAndCheckAsync(ResultsLinks.Employer());
    }
}
