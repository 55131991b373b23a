using Microsoft.Playwright;
using Naas.Data.Seed;
using Naas.Web.Features;
using Naas.Web.Tests;

namespace Naas.Browser.Tests.Marking;

/// <summary>In a real browser without JavaScript, with axe-core on every page: the programme assigns an independent
/// marker and keeps a recording; the marker marks their element; a delivery partner's file of marks is checked and
/// imported; and a social worker and their employer agree and track a development plan.</summary>
public class MarkingJourneyTests(BrowserFixture fixture) : BrowserTests(fixture)
{
    [Fact]
    public async Task A_marker_marks_an_element_a_partner_file_is_imported_and_a_development_plan_is_agreed_and_tracked()
    {
        var underWay = await UnderWay.EndorsedAsync(browser.App, "SW100002");
        var files = Directory.CreateTempSubdirectory("naas-marking-");
        var admin = await browser.NewPageAsync(javaScript: false);
        await admin.SignInAsync(DemoData.AdminEmail);
        await admin.GoAndCheckAsync(ResultsLinks.AdminAssessment(underWay));
        await admin.Locator("input[name=AssignElement][value=SimulatedObservation]").CheckAsync();
        await admin.GetByLabel("Tom Reid (observer)").CheckAsync();
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Assign marker" }));
        await Assertions.Expect(admin.Locator("#markers")).ToContainTextAsync("Tom Reid (observer), assigned");
        // Evidence without a file: the error names it, and the element chosen stays chosen.
        await admin.Locator("input[name=EvidenceElement][value=SimulatedObservation]").CheckAsync();
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Keep this evidence" }));
        await Assertions
            .Expect(admin.Locator(".govuk-error-summary"))
            .ToContainTextAsync("Select a recording or written work");
        await Assertions
            .Expect(admin.Locator("input[name=EvidenceElement][value=SimulatedObservation]"))
            .ToBeCheckedAsync();
        var recording = Path.Combine(files.FullName, "observation.mp4");
        await File.WriteAllBytesAsync(
            recording,
            [
                0,
                0,
                0,
                0x18,
                (byte)'f',
                (byte)'t',
                (byte)'y',
                (byte)'p',
                (byte)'m',
                (byte)'p',
                (byte)'4',
                (byte)'2',
                9,
                9,
                9,
                9,
            ]
        );
        await admin.Locator("#Upload").SetInputFilesAsync(recording);
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Keep this evidence" }));
        await Assertions.Expect(admin.Locator("#evidence")).ToContainTextAsync("observation.mp4");

        var observer = await browser.NewPageAsync(javaScript: false);
        await observer.SignInAsync("observer@naas.example");
        await observer.GoAndCheckAsync(MarkingLinks.Marker());
        await observer.ClickAndCheckAsync(observer.GetByRole(AriaRole.Link, new() { Name = "Tom Hughes (SW100002)" }));
        await observer.GetByLabel("Score", new() { Exact = true }).FillAsync("thirty");
        await observer.GetByLabel("Marks available").FillAsync("40");
        await observer.GetByLabel("Pass mark").FillAsync("28");
        await observer.ClickAndCheckAsync(observer.GetByRole(AriaRole.Button, new() { Name = "Record marks" }));
        await Assertions
            .Expect(observer.Locator(".govuk-error-summary"))
            .ToContainTextAsync("The score must be a number");
        await Assertions.Expect(observer.GetByLabel("Score", new() { Exact = true })).ToHaveValueAsync("thirty");
        await observer.GetByLabel("Score", new() { Exact = true }).FillAsync("31");
        await observer.ClickAndCheckAsync(observer.GetByRole(AriaRole.Button, new() { Name = "Record marks" }));
        await Assertions.Expect(observer.Locator("#current-mark")).ToContainTextAsync("31 of 40");

        // A delivery partner's file: a bad one saves nothing and lists its problems; a clean one is checked, then
        // recorded.
        var badFile = Path.Combine(files.FullName, "bad-marks.csv");
        await File.WriteAllTextAsync(
            badFile,
            "registration_number,status,element,score,marks_available,pass_mark\nSW100002,practitioner,Written,45,40,28\n"
        );
        await admin.GoAndCheckAsync(MarkingLinks.AdminImport());
        await admin.Locator("#Upload").SetInputFilesAsync(badFile);
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Check the file" }));
        await Assertions
            .Expect(admin.Locator("#import-problems"))
            .ToContainTextAsync("The score cannot be more than the marks available");
        var goodFile = Path.Combine(files.FullName, "marks.csv");
        await File.WriteAllTextAsync(
            goodFile,
            "registration_number,status,element,score,marks_available,pass_mark,marker\nSW100002,practitioner,Written,30,40,28,Ada Obi\n"
        );
        await admin.Locator("#Upload").SetInputFilesAsync(goodFile);
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Check the file" }));
        await Assertions
            .Expect(admin.Locator("#marks"))
            .ToContainTextAsync("SW100002 Written: 30 of 40, pass mark 28, marked by Ada Obi");
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Record these marks" }));
        await admin.GoAndCheckAsync(ResultsLinks.AdminAssessment(underWay));
        await Assertions.Expect(admin.Locator("#elements")).ToContainTextAsync("Imported from marks.csv");

        // A development plan after released results.
        var released = await Assessed.MarkedAsync(
            browser.App,
            "SW100001",
            knowledge: 30,
            observation: 27,
            written: 30,
            reflective: 31
        );
        await admin.GoAndCheckAsync(ResultsLinks.AdminAssessment(released));
        await admin.ClickAndCheckAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Release results" }));
        await admin.ClickAndCheckAsync(
            admin.GetByRole(AriaRole.Button, new() { Name = "Confirm and release results" })
        );
        var amara = await browser.NewPageAsync(javaScript: false);
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        await amara.GoAndCheckAsync(ReportsLinks.MeShow(released));
        await amara.ClickAndCheckAsync(
            amara.GetByRole(AriaRole.Link, new() { Name = "Make a development plan with your employer" })
        );
        await amara.GetByLabel("What will you do?").FillAsync("Shadow two child protection conferences");
        await amara.ClickAndCheckAsync(amara.GetByRole(AriaRole.Button, new() { Name = "Add goal" }));
        await Assertions
            .Expect(amara.Locator(".govuk-error-summary"))
            .ToContainTextAsync("Select the area this goal is about");
        await Assertions
            .Expect(amara.GetByLabel("What will you do?"))
            .ToHaveValueAsync("Shadow two child protection conferences");
        await amara.GetByLabel("Simulated observation").CheckAsync();
        await amara.GetByLabel("Day").FillAsync("27");
        await amara.GetByLabel("Month").FillAsync("3");
        await amara.GetByLabel("Year").FillAsync("2027");
        await amara.ClickAndCheckAsync(amara.GetByRole(AriaRole.Button, new() { Name = "Add goal" }));
        await Assertions.Expect(amara.Locator("#goals")).ToContainTextAsync("Shadow two child protection conferences");
        await amara.ClickAndCheckAsync(
            amara.GetByRole(AriaRole.Button, new() { Name = "Agree and send to Leeds City Council" })
        );

        var lead = await browser.NewPageAsync(javaScript: false);
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        await lead.GoAndCheckAsync(DevelopmentPlansLinks.Employer());
        await lead.ClickAndCheckAsync(lead.GetByRole(AriaRole.Link, new() { Name = "Amara Okafor (SW100001)" }));
        await lead.GetByLabel("Yes, we agree this plan").CheckAsync();
        await lead.ClickAndCheckAsync(lead.GetByRole(AriaRole.Button, new() { Name = "Send your answer" }));
        await lead.GetByLabel("Simulated observation").CheckAsync();
        await lead.GetByLabel("In progress").CheckAsync();
        await lead.ClickAndCheckAsync(lead.GetByRole(AriaRole.Button, new() { Name = "Record progress" }));
        await Assertions.Expect(lead.Locator("#goals")).ToContainTextAsync("In progress");
        await amara.GoAndCheckAsync(DevelopmentPlansLinks.MePlan(released));
        await Assertions.Expect(amara.Locator("#plan-state")).ToContainTextAsync("Agreed on");
    }
}
